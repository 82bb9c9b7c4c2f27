/* input.c - the stack of input sources the lexer reads from.
 *
 * A source is a file descriptor (script, stdin, terminal) or a string (-c,
 * eval, ., alias text).  Base sources end a parsing unit: sh_getc returns -1
 * at their end.  Alias sources are popped lazily on the next read, so that a
 * character pushed back with sh_ungetc always returns to the source it came
 * from.
 */
#include "sh.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct source {
	struct source *prev;
	char *buf;
	size_t pos, len, cap;
	int fd;			/* -1 for strings */
	int interactive;
	int bytewise;		/* pipe on stdin: never read ahead */
	int eof;
	void *alias;
	size_t vpos;		/* verbose: echoed up to here */
};

static struct source *top;
static int depth;
static int prompt_which = 1;
int sh_lineno = 1;
int sh_cur_line = 1;

void sh_push_string(const char *s, size_t n, void *alias)
{
	struct source *src = sh_xmalloc(sizeof *src);
	memset(src, 0, sizeof *src);
	src->buf = sh_xmalloc(n + 1);
	memcpy(src->buf, s, n);
	src->len = src->cap = n;
	src->fd = -1;
	src->alias = alias;
	src->eof = 1;
	src->prev = top;
	top = src;
	depth++;
}

void sh_push_fd(int fd, int interactive)
{
	struct source *src = sh_xmalloc(sizeof *src);
	memset(src, 0, sizeof *src);
	src->fd = fd;
	src->interactive = interactive;
	if (fd == 0 && !interactive && lseek(0, 0, SEEK_CUR) < 0)
		src->bytewise = 1;
	src->prev = top;
	top = src;
	depth++;
}

void sh_pop_source(void)
{
	struct source *src = top;
	if (!src)
		return;
	top = src->prev;
	if (src->alias)
		sh_alias_done(src->alias);
	free(src->buf);
	free(src);
	depth--;
}

int sh_src_depth(void)
{
	return depth;
}

void sh_pop_to(int d)
{
	while (depth > d)
		sh_pop_source();
}

void sh_set_prompt(int which)
{
	prompt_which = which;
}

/* The prompt undergoes parameter expansion (and command substitution);
 * an error in it leaves the prompt unexpanded. */
static const char *prompt_text(int which)
{
	const char *p = sh_getvar(which == 1 ? "PS1" : "PS2");
	struct sh_jmp jmp, *prev = sh_handler;
	struct sh_arena *sa = sh_cur_arena;
	static char *last;
	if (!p)
		return "";
	if (!strchr(p, '$') && !strchr(p, '`'))
		return p;
	jmp.prev = prev;
	sh_cur_arena = sh_arena_new();
	if (!setjmp(jmp.jb)) {
		struct word *w;
		sh_handler = &jmp;
		w = sh_parse_heredoc_text(p);
		free(last);
		last = sh_xstrdup(sh_expand_heredoc(w));
		p = last;
	}
	sh_handler = prev;
	sh_arena_unref(sh_cur_arena);
	sh_cur_arena = sa;
	return p;
}

static void show_prompt(void)
{
	const char *p = prompt_text(prompt_which);
	sh_flush();
	sh_write_all(2, p, strlen(p));
	prompt_which = 2;
}

/* Refill a file descriptor source; returns 0 at end of file. */
static int refill(struct source *s)
{
	ssize_t r;
	if (s->eof)
		return 0;
	/* set -v: the part of a line that the old buffer ends in (all of it
	 * when reading a byte at a time) is echoed before the buffer goes */
	if (sh_opt[OPT_v] && s->pos > s->vpos)
		sh_write_all(2, s->buf + s->vpos, s->pos - s->vpos);
	if (s->interactive) {
		char *line = NULL;
		if (isatty(s->fd) && !sh_opt[OPT_nolog] &&
		    (sh_opt[OPT_emacs] || sh_opt[OPT_vi])) {
			const char *p = prompt_text(prompt_which);
			sh_flush();
			prompt_which = 2;
			r = sh_edit_line(s->fd, p ? p : "", &line);
			if (r < 0) {
				free(line);
				sh_raise(SH_EXINT);
			}
			if (r == 0) {
				free(line);
				s->eof = 1;
				return 0;
			}
			sh_history_add(line, (size_t)r);
			free(s->buf);
			s->buf = line;
			s->pos = 0;
			s->len = s->cap = (size_t)r;
			s->vpos = 0;
			return 1;
		}
		show_prompt();
	}
	if (s->cap < 4096) {
		s->buf = sh_xrealloc(s->buf, 4096);
		s->cap = 4096;
	}
	if (s->interactive) {
		/* one line at a time, so that prompts match the lines
		 * and commands sharing the input see the rest */
		size_t n = 0;
		for (;;) {
			if (n == s->cap) {
				s->cap *= 2;
				s->buf = sh_xrealloc(s->buf, s->cap);
			}
			r = read(s->fd, s->buf + n, 1);
			if (r < 0 && errno == EINTR) {
				if (sh_pending_sig)
					sh_run_traps();
				continue;
			}
			if (r <= 0)
				break;
			if (s->buf[n++] == '\n')
				break;
		}
		if (n) {
			r = (ssize_t)n;
			sh_history_add(s->buf, n);
		}
		if (r == 0)
			sh_errs("\n");	/* end of input: leave the prompt line */
	} else {
		for (;;) {
			r = read(s->fd, s->buf, s->bytewise ? 1 : s->cap);
			if (r >= 0 || errno != EINTR)
				break;
			if (sh_pending_sig)
				sh_run_traps();
		}
	}
	s->pos = 0;
	s->vpos = 0;
	if (r <= 0) {
		s->len = 0;
		s->eof = 1;
		return 0;
	}
	s->len = (size_t)r;
	return 1;
}

static void verbose_echo(struct source *s)
{
	if (s->pos > s->vpos) {
		sh_write_all(2, s->buf + s->vpos, s->pos - s->vpos);
		s->vpos = s->pos;
	}
}

int sh_getc(void)
{
	for (;;) {
		struct source *s = top;
		int c;
		if (!s)
			return -1;
		if (s->pos >= s->len) {
			if (s->fd >= 0 && refill(s))
				continue;
			if (s->alias) {
				sh_pop_source();
				continue;
			}
			return -1;
		}
		c = (unsigned char)s->buf[s->pos++];
		if (c == 0)
			continue;	/* NUL bytes are dropped */
		if (!s->alias) {
			if (c == '\n') {
				sh_lineno++;
				if (sh_opt[OPT_v] && s->fd >= 0)
					verbose_echo(s);
				else	/* read before set -v: never echoed */
					s->vpos = s->pos;
			}
		}
		return c;
	}
}

void sh_ungetc(int c)
{
	if (c < 0 || !top)
		return;
	if (top->pos > 0)
		top->pos--;
	if (c == '\n' && !top->alias)
		sh_lineno--;
}

/* A redirection is about to use fd: move a script descriptor out of the
 * way.  Returns 1 if one was moved. */
int sh_input_fd_relocate(int fd)
{
	struct source *s;
	for (s = top; s; s = s->prev)
		if (s->fd == fd && fd > 2) {
			int n = fcntl(fd, F_DUPFD_CLOEXEC, 10);
			if (n < 0)
				return 0;
			close(fd);
			s->fd = n;
			return 1;
		}
	return 0;
}

int sh_at_src_end(void)
{
	return !top || (top->pos >= top->len && top->eof);
}

/* The script is being read from standard input: seek back over what was
 * read ahead, so that commands run by the script see the rest of it. */
void sh_input_sync(void)
{
	struct source *s = top;
	if (sh_opt[OPT_v] && s && s->fd >= 0)
		verbose_echo(s);
	if (!s || s->fd != 0 || s->interactive || s->bytewise)
		return;
	if (s->len > s->pos &&
	    lseek(0, -(off_t)(s->len - s->pos), SEEK_CUR) >= 0) {
		s->len = s->pos;
	}
}
