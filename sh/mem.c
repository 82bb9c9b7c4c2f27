/* mem.c - allocation, error recovery and buffered output for the shell. */
#include "sh.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static _Noreturn void nomem(void)
{
	static const char m[] = "sh: out of memory\n";
	(void)!write(2, m, sizeof m - 1);
	_exit(2);
}

void *sh_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		nomem();
	return p;
}

void *sh_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		nomem();
	return p;
}

char *sh_xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(sh_xmalloc(n), s, n);
}

/* ---- temporary blocks ----------------------------------------------------
 * Each block is its own malloc (exact bounds under ASan) on a doubly linked
 * list ordered by sequence number; releasing to a mark frees every block
 * allocated after it.  trealloc keeps the block's place in the list. */
struct tblk {
	struct tblk *older, *newer;
	sh_mark_t seq;
	max_align_t data[];
};
static struct tblk *tnewest;
static sh_mark_t tseq;

void *sh_talloc(size_t n)
{
	struct tblk *b = sh_xmalloc(sizeof *b + n);
	b->seq = ++tseq;
	b->older = tnewest;
	b->newer = NULL;
	if (tnewest)
		tnewest->newer = b;
	tnewest = b;
	return b->data;
}

void *sh_trealloc(void *p, size_t n)
{
	struct tblk *b, *nb;
	if (!p)
		return sh_talloc(n);
	b = (struct tblk *)((char *)p - offsetof(struct tblk, data));
	nb = sh_xrealloc(b, sizeof *nb + n);
	if (nb->older)
		nb->older->newer = nb;
	if (nb->newer)
		nb->newer->older = nb;
	else
		tnewest = nb;
	return nb->data;
}

char *sh_tstrndup(const char *s, size_t n)
{
	char *p = sh_talloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *sh_tstrdup(const char *s)
{
	return sh_tstrndup(s, strlen(s));
}

sh_mark_t sh_tmark(void)
{
	return tseq;
}

void sh_trelease(sh_mark_t m)
{
	while (tnewest && tnewest->seq > m) {
		struct tblk *b = tnewest;
		tnewest = b->older;
		if (tnewest)
			tnewest->newer = NULL;
		free(b);
	}
}

/* ---- parse arenas ------------------------------------------------------- */
struct ablk {
	struct ablk *next;
	max_align_t data[];
};
struct sh_arena {
	struct ablk *blocks;
	int refs;
};
struct sh_arena *sh_cur_arena;

struct sh_arena *sh_arena_new(void)
{
	struct sh_arena *a = sh_xmalloc(sizeof *a);
	a->blocks = NULL;
	a->refs = 1;
	return a;
}

void sh_arena_ref(struct sh_arena *a)
{
	a->refs++;
}

void sh_arena_unref(struct sh_arena *a)
{
	if (!a || --a->refs > 0)
		return;
	while (a->blocks) {
		struct ablk *b = a->blocks;
		a->blocks = b->next;
		free(b);
	}
	free(a);
}

void *sh_aalloc(size_t n)
{
	struct ablk *b = sh_xmalloc(sizeof *b + n);
	b->next = sh_cur_arena->blocks;
	sh_cur_arena->blocks = b;
	memset(b->data, 0, n);
	return b->data;
}

char *sh_astrndup(const char *s, size_t n)
{
	char *p = sh_aalloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

/* ---- growable buffers --------------------------------------------------- */
void sh_buf_add(struct sh_buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t c = b->cap ? b->cap : 64;
		while (c < b->len + n + 1)
			c *= 2;
		b->s = sh_xrealloc(b->s, c);
		b->cap = c;
	}
	if (n)
		memcpy(b->s + b->len, s, n);
	b->len += n;
}

void sh_buf_addc(struct sh_buf *b, int c)
{
	char ch = (char)c;
	sh_buf_add(b, &ch, 1);
}

void sh_buf_adds(struct sh_buf *b, const char *s)
{
	sh_buf_add(b, s, strlen(s));
}

char *sh_buf_cstr(struct sh_buf *b)
{
	sh_buf_add(b, "", 0);
	b->s[b->len] = 0;
	return b->s;
}

/* ---- output ------------------------------------------------------------- */
static char obuf[4096];
static size_t olen;
static int oerr;

int sh_write_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t r = write(fd, s, n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += r;
		n -= (size_t)r;
	}
	return 0;
}

int sh_flush(void)
{
	int r = 0;
	if (olen && sh_write_all(1, obuf, olen) < 0)
		oerr = 1;
	olen = 0;
	r = oerr ? -1 : 0;
	oerr = 0;
	return r;
}

void sh_out(const char *s, size_t n)
{
	if (n > sizeof obuf - olen) {
		if (olen && sh_write_all(1, obuf, olen) < 0)
			oerr = 1;
		olen = 0;
		if (n >= sizeof obuf) {
			if (sh_write_all(1, s, n) < 0)
				oerr = 1;
			return;
		}
	}
	memcpy(obuf + olen, s, n);
	olen += n;
}

void sh_outs(const char *s)
{
	sh_out(s, strlen(s));
}

void sh_outc(int c)
{
	char ch = (char)c;
	sh_out(&ch, 1);
}

void sh_outf(const char *fmt, ...)
{
	char small[512], *p = small;
	va_list ap;
	int n;
	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof small) {
		p = sh_xmalloc((size_t)n + 1);
		va_start(ap, fmt);
		vsnprintf(p, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	sh_out(p, (size_t)n);
	if (p != small)
		free(p);
}

void sh_errs(const char *s)
{
	sh_write_all(2, s, strlen(s));
}

/* ---- errors ------------------------------------------------------------- */
struct sh_jmp *sh_handler;
int sh_exception;

_Noreturn void sh_raise(int kind)
{
	sh_exception = kind;
	if (!sh_handler)
		sh_exit(2);
	longjmp(sh_handler->jb, 1);
}

/* "sh: " plus the location of the current command for non-interactive use. */
static void vmsg(int line, const char *fmt, va_list ap)
{
	struct sh_buf b = {0};
	char tmp[64];
	va_list aq;
	int n;
	sh_buf_adds(&b, "sh: ");
	if (!sh_interactive || sh_subshell) {
		if (sh_script) {
			sh_buf_adds(&b, sh_script);
			sh_buf_adds(&b, ": ");
		}
		snprintf(tmp, sizeof tmp, "line %d: ", line);
		sh_buf_adds(&b, tmp);
	}
	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n > 0) {
		char *m = sh_xmalloc((size_t)n + 1);
		vsnprintf(m, (size_t)n + 1, fmt, ap);
		sh_buf_add(&b, m, (size_t)n);
		free(m);
	}
	sh_buf_addc(&b, '\n');
	sh_flush();
	sh_write_all(2, b.s, b.len);
	free(b.s);
}

void sh_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(sh_cur_line, fmt, ap);
	va_end(ap);
}

void sh_warnx(const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	s = sh_xmalloc((size_t)n + 6);
	memcpy(s, "sh: ", 4);
	va_start(ap, fmt);
	vsnprintf(s + 4, (size_t)n + 1, fmt, ap);
	va_end(ap);
	s[n + 4] = '\n';
	sh_flush();
	sh_write_all(2, s, (size_t)n + 5);
	free(s);
}

_Noreturn void sh_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(sh_cur_line, fmt, ap);
	va_end(ap);
	sh_status = 2;
	sh_raise(SH_EXERROR);
}

_Noreturn void sh_syntax(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(sh_lineno, fmt, ap);
	va_end(ap);
	sh_status = 2;
	sh_raise(SH_EXERROR);
}
