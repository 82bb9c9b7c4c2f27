/* opt_next: getopt-style option parsing that behaves the same in every build.
 *
 * spec: option characters, ':' after one that takes an argument, and "(name)" after
 * one (before or after its ':') to give it a long alias (--name, --name=ARG or --name ARG). A leading '+' (or
 * POSIXLY_CORRECT in the environment) stops at the first operand; otherwise operands
 * may be mixed with options and are moved, in order, behind them. "--" ends options.
 * On return of -1, argv[o->ind..argc-1] are the operands. Errors print
 * "applet: invalid option -- 'x'" and similar, and return '?'.
 */
#include <stdlib.h>
#include <string.h>
#include "ring3.h"

/* Where c sits in spec, or NULL; skips the long names in parentheses. */
static const char *find_short(const char *spec, int c)
{
	for (const char *p = spec; *p; p++) {
		if (*p == '(') {
			p = strchr(p, ')');
			if (!p)
				return 0;
			continue;
		}
		if (*p == c && c != ':' && c != '+')
			return p;
	}
	return 0;
}

static int takes_arg(const char *at)
{
	at++;
	while (*at == '(')
		at = strchr(at, ')') + 1;
	return *at == ':';
}

/* The short option a long name aliases, 0 if unknown, -1 if ambiguous. */
static const char *find_long(const char *spec, const char *name, size_t len)
{
	const char *found = 0, *owner = 0;
	int matches = 0;
	for (const char *p = spec; *p; p++) {
		if (*p != '(') {
			if (*p != ':')	/* "m:(mode)" and "m(mode):" both alias -m */
				owner = p;
			continue;
		}
		const char *end = strchr(p, ')');
		if (!end)
			break;
		size_t n = end - p - 1;
		if (n >= len && !strncmp(p + 1, name, len)) {
			if (n == len)
				return owner;
			if (found != owner)
				matches++;
			found = owner;
		}
		p = end;
	}
	return matches == 1 ? found : (matches ? (const char *)-1 : 0);
}

/* Move argv[ind] (an operand) behind the options seen so far. */
static void set_aside(struct opt *o)
{
	char *operand = o->argv[o->ind];
	memmove(o->argv + o->ind, o->argv + o->ind + 1,
		(o->argc - o->ind - 1) * sizeof *o->argv);
	o->argv[o->argc - 1] = operand;
	o->nops++;
}

static void reverse(char **a, int n)
{
	for (int i = 0, j = n - 1; i < j; i++, j--) {
		char *t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}

/* Operands set aside wait at the end of argv; words not yet scanned (those after
 * "--", or after the first operand without permuting) sit before them. Put the
 * set-aside ones first so every operand is back in its original order. */
static int done(struct opt *o)
{
	int rest = o->argc - o->nops - o->ind;
	if (o->nops && rest) {
		reverse(o->argv + o->ind, rest);
		reverse(o->argv + o->ind + rest, o->nops);
		reverse(o->argv + o->ind, rest + o->nops);
	}
	o->nops = 0;
	o->arg = 0;
	return -1;
}

static int long_option(struct opt *o, char *word)
{
	char *eq = strchr(word, '=');
	size_t len = eq ? (size_t)(eq - word) : strlen(word);
	const char *at = find_long(o->spec, word, len);
	o->ind++;
	if (!at || at == (const char *)-1) {
		warn_msg("%s option '--%.*s'", at ? "ambiguous" : "unrecognized", (int)len, word);
		return o->opt = '?';
	}
	o->opt = *at;
	if (takes_arg(at)) {
		if (eq)
			o->arg = eq + 1;
		else if (o->ind < o->argc - o->nops)
			o->arg = o->argv[o->ind++];
		else {
			warn_msg("option '--%.*s' requires an argument", (int)len, word);
			return o->opt = '?';
		}
	} else if (eq) {
		warn_msg("option '--%.*s' doesn't allow an argument", (int)len, word);
		return o->opt = '?';
	}
	return o->opt;
}

int opt_next(struct opt *o)
{
	int permute = o->spec[0] != '+' && !getenv("POSIXLY_CORRECT");
	o->arg = 0;
	if (!o->pos) {
		for (;;) {
			if (o->ind >= o->argc - o->nops)
				return done(o);
			char *w = o->argv[o->ind];
			if (w[0] == '-' && w[1])
				break;
			if (!permute)
				return done(o);
			set_aside(o);
		}
		char *w = o->argv[o->ind];
		if (w[1] == '-') {
			if (!w[2]) {
				o->ind++;
				return done(o);
			}
			return long_option(o, w + 2);
		}
		o->pos = 1;
	}
	char *w = o->argv[o->ind];
	int c = (unsigned char)w[o->pos++];
	const char *at = find_short(o->spec, c);
	if (!w[o->pos]) {
		o->pos = 0;
		o->ind++;
	}
	o->opt = c;
	if (!at) {
		warn_msg("invalid option -- '%c'", c);
		return '?';
	}
	if (takes_arg(at)) {
		if (o->pos) {
			o->arg = w + o->pos;
			o->pos = 0;
			o->ind++;
		} else if (o->ind < o->argc - o->nops) {
			o->arg = o->argv[o->ind++];
		} else {
			warn_msg("option requires an argument -- '%c'", c);
			return '?';
		}
	}
	return c;
}
