#include <fnmatch.h>
#include <string.h>
#include <ctype.h>

static int fold(int c, int flags)
{
	return flags & FNM_CASEFOLD ? tolower(c) : c;
}

static int in_class(const char *name, size_t len, int c)
{
	static const struct { const char *n; int (*f)(int); } cls[] = {
		{ "alnum", isalnum }, { "alpha", isalpha }, { "blank", isblank },
		{ "cntrl", iscntrl }, { "digit", isdigit }, { "graph", isgraph },
		{ "lower", islower }, { "print", isprint }, { "punct", ispunct },
		{ "space", isspace }, { "upper", isupper }, { "xdigit", isxdigit },
	};
	for (size_t i = 0; i < sizeof cls / sizeof *cls; i++)
		if (strlen(cls[i].n) == len && !memcmp(cls[i].n, name, len))
			return cls[i].f(c) != 0;
	return 0;
}

/* Match the bracket expression at p (just past '[') against c. Returns the
 * pattern position after ']' and sets *hit, or 0 if the bracket is not closed
 * (then '[' is an ordinary character). */
static const char *bracket(const char *p, int c, int flags, int *hit)
{
	int neg = 0, ok = 0, raw = c;
	if (*p == '!' || *p == '^') {
		neg = 1;
		p++;
	}
	c = fold(c, flags);
	for (int first = 1; first || *p != ']'; first = 0) {
		if (!*p) return 0;
		if (p[0] == '[' && p[1] == ':') {
			const char *e = strstr(p + 2, ":]");
			if (!e) return 0;
			/* Classes see the character as it is, folding or not (as glibc). */
			if (in_class(p + 2, e - p - 2, raw)) ok = 1;
			p = e + 2;
			continue;
		}
		int lo = (unsigned char)*p;
		if (p[0] == '[' && (p[1] == '.' || p[1] == '=') && p[2] && p[3] == p[1] && p[4] == ']') {
			/* [.c.] and [=c=]: in the C locale, just the character c. */
			lo = (unsigned char)p[2];
			p += 4;
		} else if (lo == '\\' && !(flags & FNM_NOESCAPE) && p[1]) {
			lo = (unsigned char)*++p;
		}
		p++;
		int hi = lo;
		if (p[0] == '-' && p[1] && p[1] != ']') {
			hi = (unsigned char)p[1];
			p += 2;
			if (hi == '\\' && !(flags & FNM_NOESCAPE) && *p) hi = (unsigned char)*p++;
		}
		if (flags & FNM_CASEFOLD) {
			for (int x = lo; x <= hi; x++)
				if (tolower(x) == c) ok = 1;
		} else if (c >= lo && c <= hi) {
			ok = 1;
		}
	}
	*hit = ok ^ neg;
	return p + 1;
}

/* A leading period must be matched explicitly: at the start, and after a slash
 * with FNM_PATHNAME. */
static int leading_period(const char *s, const char *start, int flags)
{
	return *s == '.' && flags & FNM_PERIOD &&
		(s == start || (flags & FNM_PATHNAME && s[-1] == '/'));
}

#define ABORT 2	/* no match, and none for any '*' further out either */

static int match(const char *p, const char *s, const char *start, int flags)
{
	for (;;) {
		int c = (unsigned char)*p;
		switch (c) {
		case 0:
			if (!*s) return 0;
			if (flags & FNM_LEADING_DIR && *s == '/') return 0;
			return FNM_NOMATCH;
		case '?':
			if (!*s || (*s == '/' && flags & FNM_PATHNAME) || leading_period(s, start, flags))
				return FNM_NOMATCH;
			p++, s++;
			continue;
		case '*':
			if (leading_period(s, start, flags)) return FNM_NOMATCH;
			while (*p == '*') p++;
			if (!*p) {
				if (flags & FNM_PATHNAME && !(flags & FNM_LEADING_DIR) && strchr(s, '/'))
					return FNM_NOMATCH;
				return 0;
			}
			/* Try every split point; '*' never crosses '/' with FNM_PATHNAME. When
			 * all fail, a '*' further out cannot do better (it would only start this
			 * one later), so ABORT ends the whole match: no exponential backtracking. */
			for (;; s++) {
				int r = match(p, s, start, flags);
				if (r != FNM_NOMATCH) return r;
				if (!*s || (*s == '/' && flags & FNM_PATHNAME)) return ABORT;
			}
		case '[': {
			int hit;
			if (!*s || (*s == '/' && flags & FNM_PATHNAME) || leading_period(s, start, flags))
				return FNM_NOMATCH;
			const char *q = bracket(p + 1, (unsigned char)*s, flags, &hit);
			if (q) {
				if (!hit) return FNM_NOMATCH;
				p = q, s++;
				continue;
			}
			break;	/* unclosed: a literal '[' */
		}
		case '\\':
			if (!(flags & FNM_NOESCAPE)) {
				/* A trailing backslash escapes nothing: the pattern is bad. */
				if (!p[1]) return FNM_NOMATCH;
				c = (unsigned char)*++p;
			}
			break;
		}
		if (fold(c, flags) != fold((unsigned char)*s, flags) || !*s) return FNM_NOMATCH;
		p++, s++;
	}
}

int fnmatch(const char *pat, const char *s, int flags)
{
	return match(pat, s, s, flags) ? FNM_NOMATCH : 0;
}
