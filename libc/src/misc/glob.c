#include <glob.h>
#include <fnmatch.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct ctx {
	char **v;
	size_t n, cap;
	int flags;
	int (*errfn)(const char *, int);
	int err;
};

static int add(struct ctx *c, const char *path, size_t len, int mark)
{
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 16;
		char **v = realloc(c->v, cap * sizeof *v);
		if (!v) return -1;
		c->v = v;
		c->cap = cap;
	}
	char *s = malloc(len + 2);
	if (!s) return -1;
	memcpy(s, path, len);
	if (mark) s[len++] = '/';
	s[len] = 0;
	c->v[c->n++] = s;
	return 0;
}

static int magic(const char *s, size_t n, int noescape)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '*' || s[i] == '?' || s[i] == '[') return 1;
		if (s[i] == '\\' && !noescape && i + 1 < n) i++;
	}
	return 0;
}

/* Copy a component without magic, dropping its escapes. */
static size_t unescape(char *d, const char *s, size_t n, int noescape)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && !noescape && i + 1 < n) i++;
		d[k++] = s[i];
	}
	return k;
}

static int is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* buf[0, len) is the directory reached so far; pat the rest of the pattern. */
static int expand(struct ctx *c, char *buf, size_t len, const char *pat)
{
	int noesc = c->flags & GLOB_NOESCAPE;
	while (*pat == '/') {
		if (len + 1 >= PATH_MAX) return 0;
		buf[len++] = '/';
		pat++;
	}
	if (!*pat) {
		struct stat st;
		buf[len] = 0;
		if (lstat(buf, &st)) return 0;	/* a literal part that does not exist */
		int dir = S_ISDIR(st.st_mode) || (S_ISLNK(st.st_mode) && is_dir(buf));
		if (c->flags & GLOB_ONLYDIR && !dir) return 0;
		return add(c, buf, len, c->flags & GLOB_MARK && dir && len && buf[len - 1] != '/');
	}
	size_t clen = strcspn(pat, "/");
	const char *rest = pat + clen;
	if (!magic(pat, clen, noesc)) {
		if (len + clen >= PATH_MAX) return 0;
		len += unescape(buf + len, pat, clen, noesc);
		return expand(c, buf, len, rest);
	}
	char comp[NAME_MAX + 1];
	if (clen > NAME_MAX) return 0;
	memcpy(comp, pat, clen);
	comp[clen] = 0;
	buf[len] = 0;
	DIR *d = opendir(len ? buf : ".");
	if (!d) {
		if (errno != ENOENT && errno != ENOTDIR) {
			if ((c->errfn && c->errfn(len ? buf : ".", errno)) || c->flags & GLOB_ERR) {
				c->err = GLOB_ABORTED;
				return -1;
			}
		}
		return 0;
	}
	struct dirent *de;
	int fl = FNM_PERIOD | (noesc ? FNM_NOESCAPE : 0);
	if (c->flags & GLOB_PERIOD) fl &= ~FNM_PERIOD;
	int r = 0;
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) {
			if (comp[0] != '.') continue;
		}
		if (fnmatch(comp, de->d_name, fl)) continue;
		size_t n = strlen(de->d_name);
		if (len + n >= PATH_MAX) continue;
		memcpy(buf + len, de->d_name, n);
		/* More pattern after this: it must be a directory to go on. */
		if (*rest && de->d_type != DT_DIR && de->d_type != DT_UNKNOWN && de->d_type != DT_LNK)
			continue;
		if ((r = expand(c, buf, len + n, rest))) break;
	}
	closedir(d);
	return r;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int glob(const char *restrict pat, int flags, int (*errfn)(const char *, int), glob_t *restrict g)
{
	struct ctx c = { .flags = flags, .errfn = errfn };
	char buf[PATH_MAX], tpat[PATH_MAX];
	size_t offs = flags & GLOB_DOOFFS ? g->gl_offs : 0;
	if (!(flags & GLOB_APPEND)) {
		g->gl_pathc = 0;
		g->gl_pathv = 0;
		if (!(flags & GLOB_DOOFFS)) g->gl_offs = 0;
	}
	/* GLOB_TILDE: ~ and ~user at the start. */
	if (flags & GLOB_TILDE && pat[0] == '~') {
		size_t ul = strcspn(pat + 1, "/");
		const char *home = 0;
		if (!ul) {
			home = getenv("HOME");
		} else if (ul < 256) {
			char user[256];
			memcpy(user, pat + 1, ul);
			user[ul] = 0;
			struct passwd *pw = getpwnam(user);
			if (pw) home = pw->pw_dir;
		}
		if (home && strlen(home) + strlen(pat + 1 + ul) < sizeof tpat) {
			strcpy(tpat, home);
			strcat(tpat, pat + 1 + ul);
			pat = tpat;
		}
	}
	int r = expand(&c, buf, 0, pat);
	if (r && !c.err) c.err = GLOB_NOSPACE;
	if (!c.err && !c.n) {
		if (!(flags & GLOB_NOCHECK)) {
			free(c.v);
			return GLOB_NOMATCH;
		}
		if (add(&c, pat, strlen(pat), 0)) c.err = GLOB_NOSPACE;
	}
	if (c.err) {
		while (c.n) free(c.v[--c.n]);
		free(c.v);
		return c.err;
	}
	if (!(flags & GLOB_NOSORT)) qsort(c.v, c.n, sizeof *c.v, cmp);
	size_t old = g->gl_pathc;
	char **v = realloc(g->gl_pathv, (offs + old + c.n + 1) * sizeof *v);
	if (!v) {
		while (c.n) free(c.v[--c.n]);
		free(c.v);
		return GLOB_NOSPACE;
	}
	if (!old) for (size_t i = 0; i < offs; i++) v[i] = 0;
	memcpy(v + offs + old, c.v, c.n * sizeof *v);
	v[offs + old + c.n] = 0;
	g->gl_pathv = v;
	g->gl_pathc = old + c.n;
	free(c.v);
	return 0;
}

void globfree(glob_t *g)
{
	size_t offs = g->gl_offs;
	for (size_t i = 0; i < g->gl_pathc; i++) free(g->gl_pathv[offs + i]);
	free(g->gl_pathv);
	g->gl_pathc = 0;
	g->gl_pathv = 0;
}
