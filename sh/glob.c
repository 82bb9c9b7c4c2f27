/* glob.c - pattern matching and pathname expansion.
 *
 * Patterns come with a parallel "quoted" mask: a quoted character always
 * matches itself.  Directories are read with opendir/readdir; nothing here
 * uses the C library's glob or fnmatch.
 */
#include "sh.h"

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int class_match(const char *name, size_t n, int c)
{
#define C(s, f) if (n == sizeof s - 1 && !memcmp(name, s, n)) return f(c) != 0
	C("alpha", isalpha);
	C("digit", isdigit);
	C("alnum", isalnum);
	C("upper", isupper);
	C("lower", islower);
	C("space", isspace);
	C("blank", isblank);
	C("punct", ispunct);
	C("print", isprint);
	C("graph", isgraph);
	C("cntrl", iscntrl);
	C("xdigit", isxdigit);
#undef C
	return 0;
}

/* Match character c against the bracket expression at p[i] ('[').
 * Returns 1/0 and sets *end past ']', or -1 if it is not a valid
 * bracket expression (then '[' is an ordinary character). */
static int bracket(const char *p, const unsigned char *q, size_t i, size_t n,
		   unsigned char c, size_t *end)
{
	int neg = 0, ok = 0, first = 1;
	i++;
	if (i < n && !q[i] && (p[i] == '!' || p[i] == '^')) {
		neg = 1;
		i++;
	}
	for (; i < n; first = 0) {
		unsigned char lo, hi;
		if (p[i] == ']' && !q[i] && !first) {
			*end = i + 1;
			return ok != neg;
		}
		if (p[i] == '[' && !q[i] && i + 1 < n && p[i + 1] == ':' &&
		    !q[i + 1]) {
			size_t j = i + 2;
			while (j + 1 < n && !(p[j] == ':' && p[j + 1] == ']'))
				j++;
			if (j + 1 < n) {
				if (class_match(p + i + 2, j - i - 2, c))
					ok = 1;
				i = j + 2;
				continue;
			}
		}
		lo = (unsigned char)p[i++];
		hi = lo;
		if (i + 1 < n && p[i] == '-' && !q[i] &&
		    !(p[i + 1] == ']' && !q[i + 1])) {
			hi = (unsigned char)p[i + 1];
			i += 2;
		}
		if (c >= lo && c <= hi)
			ok = 1;
	}
	return -1;
}

int sh_pmatch(const char *p, const unsigned char *q, size_t pn,
	      const char *s, size_t sn)
{
	size_t pi = 0, si = 0, star_p = 0, star_s = 0;
	int star = 0;
	while (si < sn) {
		if (pi < pn) {
			char c = p[pi];
			if (!q[pi] && c == '*') {
				star = 1;
				star_p = ++pi;
				star_s = si;
				continue;
			}
			if (!q[pi] && c == '?') {
				pi++;
				si++;
				continue;
			}
			if (!q[pi] && c == '[') {
				size_t end;
				int r = bracket(p, q, pi, pn,
						(unsigned char)s[si], &end);
				if (r == 1) {
					pi = end;
					si++;
					continue;
				}
				if (r < 0 && s[si] == '[') {
					pi++;
					si++;
					continue;
				}
			} else if (c == s[si]) {
				pi++;
				si++;
				continue;
			}
		}
		if (!star)
			return 0;
		pi = star_p;
		si = ++star_s;
	}
	while (pi < pn && p[pi] == '*' && !q[pi])
		pi++;
	return pi == pn;
}

int sh_has_glob(const char *s, const unsigned char *q, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		if (q[i])
			continue;
		if (s[i] == '*' || s[i] == '?')
			return 1;
		if (s[i] == '[') {
			/* only a closed bracket expression is special */
			size_t j;
			for (j = i + 2; j < n && s[j] != '/'; j++)
				if (s[j] == ']' && !q[j])
					return 1;
		}
	}
	return 0;
}

int sh_sortcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct gctx {
	char ***out;
	int *n, *cap;
};

static void gadd(struct gctx *g, const char *s)
{
	if (*g->n + 2 > *g->cap) {
		*g->cap = *g->cap ? *g->cap * 2 : 16;
		*g->out = sh_trealloc(*g->out, sizeof **g->out * (size_t)*g->cap);
	}
	(*g->out)[(*g->n)++] = sh_tstrdup(s);
	(*g->out)[*g->n] = NULL;
}

/* Expand the pattern p[0..n) (no leading '/') below directory path. */
static void gwalk(struct gctx *g, char *path, size_t plen,
		  const char *p, const unsigned char *q, size_t n)
{
	size_t clen = 0, rest;
	DIR *d;
	struct dirent *e;
	while (clen < n && p[clen] != '/')
		clen++;
	rest = clen < n ? clen + 1 : n;
	if (!sh_has_glob(p, q, clen)) {
		/* literal component: no directory read needed */
		char *np = sh_talloc(plen + clen + 2);
		struct stat st;
		memcpy(np, path, plen);
		memcpy(np + plen, p, clen);
		if (rest > clen) {
			np[plen + clen] = '/';
			np[plen + clen + 1] = 0;
			if (rest == n) {
				if (stat(np, &st) == 0 && S_ISDIR(st.st_mode))
					gadd(g, np);
				return;
			}
			gwalk(g, np, plen + clen + 1, p + rest, q + rest, n - rest);
			return;
		}
		np[plen + clen] = 0;
		if (lstat(np, &st) == 0)
			gadd(g, np);
		return;
	}
	d = opendir(plen ? path : ".");
	if (!d)
		return;
	while ((e = readdir(d))) {
		size_t el = strlen(e->d_name);
		char *np;
		if (e->d_name[0] == '.' && p[0] != '.')
			continue;	/* dot files need an explicit dot */
		if (!sh_pmatch(p, q, clen, e->d_name, el))
			continue;
		np = sh_talloc(plen + el + 2);
		memcpy(np, path, plen);
		memcpy(np + plen, e->d_name, el);
		np[plen + el] = 0;
		if (rest > clen) {
			struct stat st;
			np[plen + el] = '/';
			np[plen + el + 1] = 0;
			if (rest == n) {
				if (stat(np, &st) == 0 && S_ISDIR(st.st_mode))
					gadd(g, np);
				continue;
			}
			if (stat(np, &st) == 0 && S_ISDIR(st.st_mode))
				gwalk(g, np, plen + el + 1, p + rest, q + rest,
				      n - rest);
			continue;
		}
		gadd(g, np);
	}
	closedir(d);
}

void sh_glob(const char *p, const unsigned char *q, size_t n,
	     char ***out, int *outn, int *outcap)
{
	struct gctx g = {out, outn, outcap};
	char *root = sh_talloc(n + 2);
	size_t plen = 0;
	while (plen < n && p[plen] == '/')
		root[plen++] = '/';
	root[plen] = 0;
	if (plen == n)
		return;
	gwalk(&g, root, plen, p + plen, q + plen, n - plen);
}
