/* edit.c - emacs-style line editing and history for interactive shells.
 *
 * The terminal is put in raw mode for the duration of one line.  Keys:
 * arrows, Home/End, Delete, Backspace, Ctrl-A/E/B/F and Alt-B/F (move),
 * Ctrl-K/U/W (kill to end/start/previous word), Ctrl-Y (yank the killed
 * text), Ctrl-L (clear screen), Ctrl-P/N or Up/Down (history), Ctrl-R
 * (incremental history search), Ctrl-D (delete, or end of file on an empty line),
 * Ctrl-C (abandon the line), Tab (complete a command, a $variable or a file
 * name; a second Tab lists the candidates).  With set -o vi, ESC enters a vi command mode
 * (h l 0 ^ $ w b e x X i a I A D C s S r ~ dd cc d<motion> c<motion> k j).
 * Long lines scroll horizontally instead of wrapping, which keeps the
 * redraw logic simple and exact.
 */
#include "sh.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

/* The history list lives in history.c; the editor walks it by index. */
struct ed {
	int fd;
	const char *prompt;
	size_t plen;		/* prompt width (bytes, no escapes assumed) */
	char *buf;
	size_t len, cap, pos;
	int cols;
	struct sh_buf out;
};

static void ed_insert(struct ed *e, const char *s, size_t n)
{
	if (e->len + n + 2 > e->cap) {
		e->cap = (e->len + n + 2) * 2;
		e->buf = sh_xrealloc(e->buf, e->cap);
	}
	memmove(e->buf + e->pos + n, e->buf + e->pos, e->len - e->pos);
	memcpy(e->buf + e->pos, s, n);
	e->len += n;
	e->pos += n;
}

static void ed_delete(struct ed *e, size_t from, size_t to)
{
	memmove(e->buf + from, e->buf + to, e->len - to);
	e->len -= to - from;
	if (e->pos > to)
		e->pos -= to - from;
	else if (e->pos > from)
		e->pos = from;
}

static void ed_set(struct ed *e, const char *s)
{
	e->len = e->pos = 0;
	ed_insert(e, s, strlen(s));
}

/* Redraw the line: prompt, then a window of the buffer around the
 * cursor that fits in the terminal width. */
static void refresh(struct ed *e)
{
	size_t avail, start = 0, n;
	char num[32];
	e->out.len = 0;
	avail = e->cols > (int)e->plen + 2 ? (size_t)e->cols - e->plen - 1 : 10;
	if (e->pos > avail)
		start = e->pos - avail;
	n = e->len - start;
	if (n > avail)
		n = avail;
	sh_buf_adds(&e->out, "\r");
	sh_buf_adds(&e->out, e->prompt);
	sh_buf_add(&e->out, e->buf + start, n);
	sh_buf_adds(&e->out, "\x1b[K\r");
	if (e->plen + e->pos - start) {
		int k = snprintf(num, sizeof num, "\x1b[%zuC", e->plen + e->pos - start);
		sh_buf_add(&e->out, num, (size_t)k);
	}
	sh_write_all(2, e->out.s, e->out.len);
}

static int read_key(int fd)
{
	unsigned char c;
	for (;;) {
		ssize_t r = read(fd, &c, 1);
		if (r == 1)
			return c;
		if (r < 0 && errno == EINTR)
			continue;
		return -1;
	}
}

static int is_word(char c)
{
	return c != ' ' && c != '\t';
}

/* Completion candidates matching a prefix, each name once (PATH directories and
 * builtins overlap), with their common prefix. */
struct matches {
	const char *prefix;
	size_t plen;
	char **names;
	int n, cap;
	size_t common;
};

static void match_add(const char *name, void *ctx)
{
	struct matches *m = ctx;
	if (strncmp(name, m->prefix, m->plen))
		return;
	for (int i = 0; i < m->n; i++)
		if (!strcmp(m->names[i], name))
			return;
	if (m->n == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 16;
		m->names = sh_xrealloc(m->names, m->cap * sizeof *m->names);
	}
	m->names[m->n++] = sh_xstrdup(name);
	if (m->n == 1) {
		m->common = strlen(name);
	} else {
		size_t k = 0;
		while (k < m->common && m->names[0][k] == name[k])
			k++;
		m->common = k;
	}
}

/* Entries of dir starting with the prefix; dot files only when asked for; with
 * exec_only, only executable non-directories (commands from PATH). */
static void match_dir(struct matches *m, const char *dir, int exec_only)
{
	DIR *d = opendir(*dir ? dir : ".");
	struct dirent *de;
	while (d && (de = readdir(d))) {
		if (de->d_name[0] == '.' && m->prefix[0] != '.')
			continue;
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		if (strncmp(de->d_name, m->prefix, m->plen))
			continue;
		if (exec_only) {
			struct stat st;
			char *full = sh_xmalloc(strlen(dir) + strlen(de->d_name) + 2);
			sprintf(full, "%s/%s", dir, de->d_name);
			int ok = stat(full, &st) == 0 && !S_ISDIR(st.st_mode) &&
				 access(full, X_OK) == 0;
			free(full);
			if (!ok)
				continue;
		}
		match_add(de->d_name, m);
	}
	if (d)
		closedir(d);
}

/* Is the word starting at start in command position: first on the line or after
 * a separator (; & | ( or a newline), an opening reserved word aside? */
static int command_position(const struct ed *e, size_t start)
{
	size_t i = start;
	while (i && (e->buf[i - 1] == ' ' || e->buf[i - 1] == '\t'))
		i--;
	if (!i)
		return 1;
	char c = e->buf[i - 1];
	if (c == ';' || c == '&' || c == '|' || c == '(' || c == '\n' || c == '`')
		return 1;
	size_t w = i;
	while (w && is_word(e->buf[w - 1]))
		w--;
	static const char *const kw[] = { "then", "do", "else", "elif", "if", "while",
		"until", "!", "{", "time", NULL };
	for (int k = 0; kw[k]; k++)
		if (strlen(kw[k]) == i - w && !memcmp(e->buf + w, kw[k], i - w))
			return command_position(e, w);
	return 0;
}

/* Tab: complete the word before the cursor. "$NAME" and "${NAME" complete
 * variable names; a word in command position completes builtins, functions and
 * the commands in PATH (or, with a slash, paths); anything else completes file
 * names. A unique match is inserted with what follows it ("/" after a directory,
 * "}" after "${NAME", else " "); several extend to their common prefix; a second
 * Tab lists them. */
static void complete(struct ed *e, int list)
{
	size_t start = e->pos, dlen = 0;
	struct matches m = { 0 };
	char *word, *dir = NULL;
	const char *tail = " ";
	int kind;	/* 'v' variable, 'c' command, 'f' file */
	while (start && is_word(e->buf[start - 1]))
		start--;
	word = sh_xmalloc(e->pos - start + 1);
	memcpy(word, e->buf + start, e->pos - start);
	word[e->pos - start] = 0;
	char *dollar = strrchr(word, '$');
	if (dollar && !strpbrk(dollar, "/}") ) {
		kind = 'v';
		m.prefix = dollar + 1;
		if (*m.prefix == '{') {
			m.prefix++;
			tail = "}";
		}
	} else if (!strchr(word, '/') && command_position(e, start)) {
		kind = 'c';
		m.prefix = word;
	} else {
		kind = 'f';
		char *slash = strrchr(word, '/');
		dlen = slash ? (size_t)(slash - word) + 1 : 0;
		dir = sh_xmalloc(dlen + 1);
		memcpy(dir, word, dlen);
		dir[dlen] = 0;
		m.prefix = word + dlen;
	}
	m.plen = strlen(m.prefix);
	if (kind == 'v') {
		sh_var_each(match_add, &m);
	} else if (kind == 'c') {
		sh_builtin_each(match_add, &m);
		sh_func_each(match_add, &m);
		const char *path = sh_getvar("PATH");
		char *copy = sh_xstrdup(path ? path : "");
		for (char *p = copy, *next; p; p = next) {
			next = strchr(p, ':');
			if (next)
				*next++ = 0;
			match_dir(&m, *p ? p : ".", 1);
		}
		free(copy);
	} else {
		match_dir(&m, dlen ? dir : "", 0);
	}

	if (list && m.n > 1) {
		sh_write_all(2, "\r\n", 2);
		for (int i = 0; i < m.n; i++) {
			sh_write_all(2, m.names[i], strlen(m.names[i]));
			sh_write_all(2, "  ", 2);
		}
		sh_write_all(2, "\r\n", 2);
	} else if (m.n >= 1 && m.common > m.plen) {
		ed_insert(e, m.names[0] + m.plen, m.common - m.plen);
	}
	if (m.n == 1) {
		if (kind == 'f') {
			struct stat st;
			char *full = sh_xmalloc(dlen + strlen(m.names[0]) + 1);
			strcpy(full, dir);
			strcat(full, m.names[0]);
			if (stat(full, &st) == 0 && S_ISDIR(st.st_mode))
				tail = "/";
			free(full);
		}
		ed_insert(e, tail, 1);
	}
	for (int i = 0; i < m.n; i++)
		free(m.names[i]);
	free(m.names);
	free(word);
	free(dir);
}

/* Cursor motions shared by vi commands and their d/c operator. */
static size_t vi_motion(struct ed *e, int m)
{
	size_t p = e->pos;
	switch (m) {
	case 'h': return p ? p - 1 : 0;
	case 'l': return p < e->len ? p + 1 : p;
	case '0': case '^': return 0;
	case '$': return e->len;
	case 'w':
		while (p < e->len && is_word(e->buf[p]))
			p++;
		while (p < e->len && !is_word(e->buf[p]))
			p++;
		return p;
	case 'b':
		while (p && !is_word(e->buf[p - 1]))
			p--;
		while (p && is_word(e->buf[p - 1]))
			p--;
		return p;
	case 'e':
		if (p < e->len)
			p++;
		while (p < e->len && !is_word(e->buf[p]))
			p++;
		while (p + 1 < e->len && is_word(e->buf[p + 1]))
			p++;
		return p;
	}
	return p;
}

/* One vi command-mode key.  Returns 'A'/'B' for history moves, 'i' when
 * insert mode starts, 0 otherwise. */
static int vi_command(struct ed *e, int c, int fd)
{
	size_t to;
	int m;
	switch (c) {
	case 'h': case 'l': case '0': case '^': case '$': case 'w':
	case 'b': case 'e':
		e->pos = vi_motion(e, c);
		if (e->pos == e->len && e->len)
			e->pos = e->len - 1;	/* on the last character */
		return 0;
	case 'x':
		if (e->pos < e->len)
			ed_delete(e, e->pos, e->pos + 1);
		if (e->pos == e->len && e->pos)
			e->pos--;
		return 0;
	case 'X':
		if (e->pos)
			ed_delete(e, e->pos - 1, e->pos);
		return 0;
	case 'i': return 'i';
	case 'a':
		if (e->pos < e->len)
			e->pos++;
		return 'i';
	case 'I': e->pos = 0; return 'i';
	case 'A': e->pos = e->len; return 'i';
	case 'D': e->len = e->pos; return 0;
	case 'C': e->len = e->pos; return 'i';
	case 's':
		if (e->pos < e->len)
			ed_delete(e, e->pos, e->pos + 1);
		return 'i';
	case 'S': e->len = e->pos = 0; return 'i';
	case 'r':
		m = read_key(fd);
		if (m >= 32 && e->pos < e->len)
			e->buf[e->pos] = (char)m;
		return 0;
	case '~':
		if (e->pos < e->len) {
			char ch = e->buf[e->pos];
			if (ch >= 'a' && ch <= 'z')
				ch = (char)(ch - 32);
			else if (ch >= 'A' && ch <= 'Z')
				ch = (char)(ch + 32);
			e->buf[e->pos++] = ch;
		}
		return 0;
	case 'd':
	case 'c':
		m = read_key(fd);
		if (m == c) {
			e->len = e->pos = 0;	/* dd, cc */
		} else {
			/* "e" is inclusive; "cw" changes to the end of the
			 * word like "ce" */
			if (m == 'e' || (c == 'c' && m == 'w')) {
				to = vi_motion(e, 'e');
				if (to < e->len)
					to++;
			} else {
				to = vi_motion(e, m);
			}
			if (to < e->pos)
				ed_delete(e, to, e->pos);
			else
				ed_delete(e, e->pos, to);
		}
		return c == 'c' ? 'i' : 0;
	case 'k': case '-': return 'A';
	case 'j': case '+': return 'B';
	}
	return 0;
}

/* Text removed by Ctrl-K, Ctrl-U and Ctrl-W, for Ctrl-Y. */
static char *killbuf;

static void ed_kill(struct ed *e, size_t from, size_t to)
{
	if (to <= from)
		return;
	free(killbuf);
	killbuf = sh_xmalloc(to - from + 1);
	memcpy(killbuf, e->buf + from, to - from);
	killbuf[to - from] = 0;
	ed_delete(e, from, to);
}

/* Ctrl-R: incremental search backwards through the history.  Typed
 * characters extend the string, Ctrl-R finds an older match, Backspace
 * shortens it, Ctrl-G or Ctrl-C gives the line back; any other key keeps
 * the match and is returned for the editor to act on. */
static int isearch(struct ed *e, int fd)
{
	const char *save_prompt = e->prompt;
	size_t save_plen = e->plen;
	char *orig = sh_xmalloc(e->len + 1), q[256], pr[300];
	size_t qn = 0;
	int n = sh_history_count(), at = n, c;
	memcpy(orig, e->buf ? e->buf : "", e->len);
	orig[e->len] = 0;
	q[0] = 0;
	for (;;) {
		snprintf(pr, sizeof pr, "(reverse-i-search)`%s': ", q);
		e->prompt = pr;
		e->plen = strlen(pr);
		refresh(e);
		c = read_key(fd);
		if (c == 18 || (c >= 32 && c != 127 && qn < sizeof q - 1)) {
			int from = c == 18 ? at - 1 : at < n ? at : n - 1, i;
			if (c != 18) {
				q[qn++] = (char)c;
				q[qn] = 0;
			}
			for (i = from; i >= 0; i--)
				if (strstr(sh_history_get(i), q))
					break;
			if (i >= 0) {
				at = i;
				ed_set(e, sh_history_get(i));
				e->pos = (size_t)(strstr(e->buf, q) - e->buf);
			}
			continue;
		}
		if (c == 127 || c == 8) {
			if (qn)
				q[--qn] = 0;
			continue;
		}
		if (c == 7 || c == 3)
			ed_set(e, orig);
		break;
	}
	e->prompt = save_prompt;
	e->plen = save_plen;
	free(orig);
	return c == 7 || c == 3 ? 0 : c;
}

ssize_t sh_edit_line(int fd, const char *prompt, char **out)
{
	struct termios old, raw;
	struct winsize ws;
	struct ed e;
	int nhist = sh_history_count(), hpos = nhist, result = 0, key = 0, last, vicmd = 0;
	char *saved_cur = NULL;

	memset(&e, 0, sizeof e);
	e.fd = fd;
	e.prompt = prompt;
	e.plen = strlen(prompt);
	e.cols = ioctl(2, TIOCGWINSZ, &ws) == 0 && ws.ws_col ? ws.ws_col : 80;
	if (tcgetattr(fd, &old) < 0) {
		/* not a terminal after all: plain read */
		char c;
		sh_write_all(2, prompt, strlen(prompt));
		while (read(fd, &c, 1) == 1) {
			ed_insert(&e, &c, 1);
			if (c == '\n')
				break;
		}
		*out = e.buf;
		return (ssize_t)e.len;
	}
	raw = old;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG | IEXTEN);
	raw.c_iflag &= ~(tcflag_t)(IXON | ICRNL | INLCR);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	tcsetattr(fd, TCSADRAIN, &raw);
	refresh(&e);
	for (;;) {
		int c;
		last = key;
		c = key = read_key(fd);
		if (c == 18 && !vicmd) {
			c = key = isearch(&e, fd);
			if (!c) {
				refresh(&e);
				continue;
			}
		}
		if (c < 0) {
			result = 0;
			break;
		}
		if (c == '\r' || c == '\n') {
			e.pos = e.len;
			refresh(&e);
			sh_write_all(2, "\r\n", 2);
			e.pos = e.len;
			ed_insert(&e, "\n", 1);
			result = 1;
			break;
		}
		if (vicmd && c != 3 && c != 4) {
			int r = vi_command(&e, c, fd);
			if (r == 'i')
				vicmd = 0;
			else if (r) {
				c = r;
				goto history;
			}
			refresh(&e);
			continue;
		}
		switch (c) {
		case 3:		/* ^C */
			sh_write_all(2, "^C", 2);
			result = -1;
			goto done;
		case 4:		/* ^D */
			if (!e.len) {
				sh_write_all(2, "\r\n", 2);
				result = 0;
				goto done;
			}
			if (e.pos < e.len)
				ed_delete(&e, e.pos, e.pos + 1);
			break;
		case 1: e.pos = 0; break;
		case 5: e.pos = e.len; break;
		case 2: if (e.pos) e.pos--; break;
		case 6: if (e.pos < e.len) e.pos++; break;
		case 11: ed_kill(&e, e.pos, e.len); break;
		case 21: ed_kill(&e, 0, e.pos); break;
		case 25:	/* ^Y */
			if (killbuf)
				ed_insert(&e, killbuf, strlen(killbuf));
			break;
		case 23: {	/* ^W */
			size_t p = e.pos;
			while (p && !is_word(e.buf[p - 1]))
				p--;
			while (p && is_word(e.buf[p - 1]))
				p--;
			ed_kill(&e, p, e.pos);
			break;
		}
		case 12:
			sh_write_all(2, "\x1b[H\x1b[2J", 7);
			break;
		case 8:
		case 127:
			if (e.pos)
				ed_delete(&e, e.pos - 1, e.pos);
			break;
		case 16:
			c = 'A';
			goto history;
		case 14:
			c = 'B';
			goto history;
		case 27: {	/* escape sequences */
			int a = read_key(fd), b;
			if (sh_opt[OPT_vi] && a != '[' && a != 'O') {
				/* vi: ESC ends insert mode, a is a command */
				vicmd = 1;
				if (e.pos)
					e.pos--;
				if (a != 27) {
					int r = vi_command(&e, a, fd);
					if (r == 'i')
						vicmd = 0;
					else if (r) {
						c = r;
						goto history;
					}
				}
				break;
			}
			if (a == 'b' || a == 'f') {	/* Alt-B, Alt-F: words */
				if (a == 'b') {
					while (e.pos && !is_word(e.buf[e.pos - 1]))
						e.pos--;
					while (e.pos && is_word(e.buf[e.pos - 1]))
						e.pos--;
				} else {
					while (e.pos < e.len && !is_word(e.buf[e.pos]))
						e.pos++;
					while (e.pos < e.len && is_word(e.buf[e.pos]))
						e.pos++;
				}
				break;
			}
			if (a != '[' && a != 'O')
				break;
			b = read_key(fd);
			if (b >= '0' && b <= '9') {
				int t = read_key(fd);
				if (t != '~')
					break;
				if (b == '3' && e.pos < e.len)
					ed_delete(&e, e.pos, e.pos + 1);
				else if (b == '1' || b == '7')
					e.pos = 0;
				else if (b == '4' || b == '8')
					e.pos = e.len;
				break;
			}
			switch (b) {
			case 'C': if (e.pos < e.len) e.pos++; break;
			case 'D': if (e.pos) e.pos--; break;
			case 'H': e.pos = 0; break;
			case 'F': e.pos = e.len; break;
			case 'A':
			case 'B':
				c = b;
				goto history;
			}
			break;
		}
		case '\t':
			complete(&e, last == '\t');
			break;
		default:
			if (c >= 32) {
				char ch = (char)c;
				ed_insert(&e, &ch, 1);
			}
			break;
		}
		refresh(&e);
		continue;
	history:
		if (c == 'A' && hpos > 0) {
			if (hpos == nhist) {
				free(saved_cur);
				saved_cur = sh_xmalloc(e.len + 1);
				memcpy(saved_cur, e.buf ? e.buf : "", e.len);
				saved_cur[e.len] = 0;
			}
			ed_set(&e, sh_history_get(--hpos));
		} else if (c == 'B' && hpos < nhist) {
			hpos++;
			ed_set(&e, hpos == nhist ? (saved_cur ? saved_cur : "") : sh_history_get(hpos));
		}
		refresh(&e);
	}
done:
	tcsetattr(fd, TCSADRAIN, &old);
	free(saved_cur);
	free(e.out.s);
	if (result <= 0) {
		free(e.buf);
		*out = NULL;
		return result;
	}
	*out = e.buf;
	return (ssize_t)e.len;
}
