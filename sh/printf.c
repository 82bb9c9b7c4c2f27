/* printf.c - the printf builtin (integers and strings, no floating point). */
#include "sh.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pf {
	char **args;
	int nargs, ai, used, err;
};

static const char *next_arg(struct pf *p)
{
	p->used = 1;
	if (p->ai < p->nargs)
		return p->args[p->ai++];
	return NULL;
}

static long long num_arg(struct pf *p, int is_unsigned)
{
	const char *s = next_arg(p);
	char *end;
	long long v;
	if (!s || !*s)
		return 0;
	if (s[0] == '\'' || s[0] == '"')
		return (unsigned char)s[1];
	errno = 0;
	if (is_unsigned && s[0] != '-')
		v = (long long)strtoull(s, &end, 0);
	else
		v = strtoll(s, &end, 0);
	if (*end || end == s) {
		sh_builtin_error("%s: invalid number", s);
		p->err = 1;
	} else if (errno == ERANGE) {
		sh_builtin_error("%s: %s", s, strerror(ERANGE));
		p->err = 1;
	}
	return v;
}

/* Output with width/precision like %-*.*s. */
static void pad_out(const char *s, size_t n, int left, int width, int prec)
{
	size_t i;
	if (prec >= 0 && (size_t)prec < n)
		n = (size_t)prec;
	if (!left)
		for (i = n; (long)i < width; i++)
			sh_outc(' ');
	sh_out(s, n);
	if (left)
		for (i = n; (long)i < width; i++)
			sh_outc(' ');
}

/* One pass over the format; returns 1 if \c stopped output. */
static int pass(const char *f, struct pf *p)
{
	while (*f) {
		if (*f == '\\') {
			char tmp[8];
			struct sh_buf b = {0};
			size_t n = 1;
			int stop;
			tmp[0] = '\\';
			f++;
			if (*f >= '0' && *f <= '7') {
				while (n < 4 && *f >= '0' && *f <= '7')
					tmp[n++] = *f++;
			} else if (*f) {
				if (*f == 'c')
					return 1;
				tmp[n++] = *f++;
			}
			tmp[n] = 0;
			stop = sh_escape(tmp, &b, 0);
			if (b.len)
				sh_out(b.s, b.len);
			free(b.s);
			if (stop)
				return 1;
			continue;
		}
		if (*f != '%') {
			sh_outc(*f++);
			continue;
		}
		f++;
		if (*f == '%') {
			sh_outc('%');
			f++;
			continue;
		}
		{
			char flags[8], spec[48];
			int nf = 0, width = -1, prec = -1, left = 0;
			char conv;
			while (*f && strchr("-+ #0", *f)) {
				if (nf < 6)
					flags[nf++] = *f;
				if (*f == '-')
					left = 1;
				f++;
			}
			flags[nf] = 0;
			if (*f == '*') {
				width = (int)num_arg(p, 0);
				if (width < 0) {
					left = 1;
					width = -width;
				}
				f++;
			} else {
				while (*f >= '0' && *f <= '9')
					width = (width < 0 ? 0 : width) * 10 + (*f++ - '0');
			}
			if (*f == '.') {
				f++;
				prec = 0;
				if (*f == '*') {
					prec = (int)num_arg(p, 0);
					f++;
				} else {
					while (*f >= '0' && *f <= '9')
						prec = prec * 10 + (*f++ - '0');
				}
			}
			if (width > 100000)
				width = 100000;
			if (prec > 100000)
				prec = 100000;
			conv = *f;
			if (!conv) {
				sh_builtin_error("missing format character");
				p->err = 1;
				return 1;
			}
			f++;
			switch (conv) {
			case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
				long long v = num_arg(p, conv != 'd' && conv != 'i');
				char *buf;
				int n;
				snprintf(spec, sizeof spec, "%%%s%s%s%s%sll%c", flags,
					 width >= 0 ? "*" : "", prec >= 0 ? "." : "",
					 prec >= 0 ? "*" : "", "", conv == 'i' ? 'd' : conv);
				/* build the call with the right number of stars */
				if (width >= 0 && prec >= 0)
					n = snprintf(NULL, 0, spec, width, prec, v);
				else if (width >= 0)
					n = snprintf(NULL, 0, spec, width, v);
				else if (prec >= 0)
					n = snprintf(NULL, 0, spec, prec, v);
				else
					n = snprintf(NULL, 0, spec, v);
				if (n < 0)
					break;
				buf = sh_talloc((size_t)n + 1);
				if (width >= 0 && prec >= 0)
					snprintf(buf, (size_t)n + 1, spec, width, prec, v);
				else if (width >= 0)
					snprintf(buf, (size_t)n + 1, spec, width, v);
				else if (prec >= 0)
					snprintf(buf, (size_t)n + 1, spec, prec, v);
				else
					snprintf(buf, (size_t)n + 1, spec, v);
				sh_out(buf, (size_t)n);
				break;
			}
			case 'c': {
				const char *s = next_arg(p);
				pad_out(s ? s : "", s && *s ? 1 : 0, left, width, -1);
				break;
			}
			case 's': {
				const char *s = next_arg(p);
				if (!s)
					s = "";
				pad_out(s, strlen(s), left, width, prec);
				break;
			}
			case 'b': {
				const char *s = next_arg(p);
				struct sh_buf b = {0};
				int stop = sh_escape(s ? s : "", &b, 1);
				pad_out(b.s ? b.s : "", b.len, left, width, prec);
				free(b.s);
				if (stop)
					return 1;
				break;
			}
			default:
				sh_builtin_error("%%%c: invalid directive", conv);
				p->err = 1;
				return 1;
			}
		}
	}
	return 0;
}

int sh_printf_builtin(int argc, char **argv)
{
	struct pf p;
	int i = 1;
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (i >= argc) {
		sh_builtin_error("usage: printf format [arg...]");
		return 2;
	}
	p.args = argv + i + 1;
	p.nargs = argc - i - 1;
	p.ai = 0;
	p.err = 0;
	do {
		p.used = 0;
		if (pass(argv[i], &p))
			break;
	} while (p.used && p.ai < p.nargs);
	return p.err;
}
