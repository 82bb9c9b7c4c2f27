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
 * A stack of chunks with bump allocation: every command and every loop turn
 * allocates and releases here, so malloc/free per block would dominate.
 * A mark is a position on one ever-growing scale (each chunk starts past the
 * position it was opened at), so releasing to a mark drops newer chunks and
 * rewinds the one holding the mark.  Each block starts with its size, so
 * sh_trealloc can grow the newest block in place.  Under ASan the space
 * between and after blocks is poisoned, so overruns and uses after a
 * release are still caught. */
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#define REDZONE 16
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#define REDZONE 0
#endif
#define TALIGN 16
#define HDR TALIGN		/* the block's size, padded to alignment */
#define CHUNK (64 * 1024 - 64)

struct tchunk {
	struct tchunk *prev;
	sh_mark_t base;		/* position of data[0] on the mark scale */
	size_t cap, used;
	max_align_t data[];
};
static struct tchunk *tcur, *tspare;

static size_t tround(size_t n)
{
	return (n + TALIGN - 1) & ~(size_t)(TALIGN - 1);
}

void *sh_talloc(size_t n)
{
	size_t need = HDR + tround(n ? n : 1) + REDZONE;
	char *p;
	if (need < n)
		nomem();
	if (!tcur || tcur->cap - tcur->used < need) {
		struct tchunk *c = NULL;
		size_t cap = need > CHUNK ? need : CHUNK;
		if (tspare && tspare->cap >= cap) {
			c = tspare;
			tspare = NULL;
		} else {
			c = sh_xmalloc(sizeof *c + cap);
			c->cap = cap;
		}
		c->base = tcur ? tcur->base + tcur->used + 1 : 1;
		c->used = 0;
		c->prev = tcur;
		POISON(c->data, c->cap);
		tcur = c;
	}
	p = (char *)tcur->data + tcur->used;
	tcur->used += need;
	UNPOISON(p, HDR + n);
	*(size_t *)p = n;
	return p + HDR;
}

void *sh_trealloc(void *p, size_t n)
{
	char *h;
	size_t old;
	void *np;
	if (!p)
		return sh_talloc(n);
	h = (char *)p - HDR;
	old = *(size_t *)h;
	if (tcur && h + HDR + tround(old ? old : 1) + REDZONE ==
	    (char *)tcur->data + tcur->used) {
		/* the newest block: grow in place when the chunk has room */
		size_t off = (size_t)(h - (char *)tcur->data);
		size_t need = HDR + tround(n ? n : 1) + REDZONE;
		if (need >= n && tcur->cap - off >= need) {
			tcur->used = off + need;
			UNPOISON(h, HDR + n);
			if (n < old)
				POISON((char *)p + n, old - n);
			*(size_t *)h = n;
			return p;
		}
	}
	np = sh_talloc(n);
	memcpy(np, p, old < n ? old : n);
	return np;
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
	return tcur ? tcur->base + tcur->used : 0;
}

void sh_trelease(sh_mark_t m)
{
	while (tcur && tcur->base > m) {
		struct tchunk *c = tcur;
		tcur = c->prev;
		UNPOISON(c->data, c->cap);
		if (!tspare || c->cap > tspare->cap) {
			free(tspare);
			tspare = c;
		} else {
			free(c);
		}
	}
	if (tcur && tcur->base + tcur->used > m) {
		size_t keep = m > tcur->base ? (size_t)(m - tcur->base) : 0;
		POISON((char *)tcur->data + keep, tcur->used - keep);
		tcur->used = keep;
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

/* ---- numbers ------------------------------------------------------------ */
/* snprintf is too slow for $((...)) and $? in loops. */
size_t sh_fmt_int(char *buf, long long v)
{
	char tmp[24];
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
	size_t n = 0, i = 0;
	do
		tmp[n++] = (char)('0' + u % 10);
	while ((u /= 10));
	if (v < 0)
		buf[i++] = '-';
	while (n)
		buf[i++] = tmp[--n];
	buf[i] = 0;
	return i;
}

/* ---- output ------------------------------------------------------------- */
static char obuf[4096];
static size_t olen;
static int oerr;
static struct sh_buf *capture;

/* Send standard output into b (NULL: back to fd 1); returns the previous
 * capture buffer.  $(builtin) runs without a fork this way. */
struct sh_buf *sh_capture(struct sh_buf *b)
{
	struct sh_buf *old = capture;
	sh_flush();
	capture = b;
	return old;
}

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
	if (capture)
		return 0;
	if (olen && sh_write_all(1, obuf, olen) < 0)
		oerr = 1;
	olen = 0;
	r = oerr ? -1 : 0;
	oerr = 0;
	return r;
}

void sh_out(const char *s, size_t n)
{
	if (capture) {
		sh_buf_add(capture, s, n);
		return;
	}
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
