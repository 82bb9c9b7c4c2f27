/* expr - evaluate an expression
 *
 * APPLET(expr, USR_BIN)
 * usage: expr EXPRESSION
 *
 * Evaluate EXPRESSION, each operator and operand a separate argument, and print the
 * result. From lowest to highest precedence:
 *
 * A | B   A if it is neither null nor 0, else B if that is neither, else 0
 * A & B   A if neither is null nor 0, else 0
 * A < B  A <= B  A = B  A != B  A >= B  A > B
 *         1 or 0: compared as integers if both are, else as strings
 * A + B  A - B   A * B  A / B  A % B   integer arithmetic (overflow is an error)
 * A : RE  match RE (a basic regular expression, anchored at the start) against A:
 *         the first \(...\) group, or the number of bytes matched
 * match A RE     the same as A : RE        length A     the length of A
 * substr A POS LEN  LEN bytes of A from POS (counted from 1), or ""
 * index A CHARS  the first position in A of a byte in CHARS, or 0
 * + TOKEN        TOKEN as a string, even if it is a keyword like match
 * ( EXPRESSION ) grouping
 *
 * Status: 0 if the result is neither null nor 0, 1 if it is, 2 for an invalid
 * expression, 3 for another error (an integer overflow).
 */
#include <limits.h>
#include <regex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ring3.h"

static char **tok;	/* the arguments still to read */

static _Noreturn void fail(int status, const char *msg, const char *arg)
{
	if (arg)
		warn_msg("%s '%s'", msg, arg);
	else
		warn_msg("%s", msg);
	exit(status);
}

/* POSIX and GNU: an optional '-' and at least one digit, nothing else. */
static int is_int(const char *s)
{
	s += *s == '-';
	if (!*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* Null: the empty string or an integer 0 (0, 00, -0). */
static int is_null(const char *s)
{
	if (!*s)
		return 1;
	s += *s == '-';
	if (!*s)
		return 0;
	for (; *s; s++)
		if (*s != '0')
			return 0;
	return 1;
}

static long long to_ll(const char *s)
{
	if (!is_int(s))
		fail(2, "non-integer argument", 0);
	int neg = *s == '-';
	unsigned long long v = 0, lim = neg ? (unsigned long long)LLONG_MAX + 1 : LLONG_MAX;
	for (s += neg; *s; s++) {
		unsigned d = *s - '0';
		if (v > (lim - d) / 10)
			fail(3, "integer overflow", 0);
		v = v * 10 + d;
	}
	return neg ? (long long)(0 - v) : (long long)v;
}

static char *from_ll(long long v)
{
	char buf[24];
	snprintf(buf, sizeof buf, "%lld", v);
	return xstrdup(buf);
}

/* Integers compared without converting them, so any size compares right. */
static int int_cmp(const char *a, const char *b)
{
	int na = *a == '-', nb = *b == '-';
	a += na;
	b += nb;
	while (*a == '0' && a[1])
		a++;
	while (*b == '0' && b[1])
		b++;
	if (!strcmp(a, "0"))
		na = 0;
	if (!strcmp(b, "0"))
		nb = 0;
	if (na != nb)
		return na ? -1 : 1;
	size_t la = strlen(a), lb = strlen(b);
	int c = la != lb ? (la < lb ? -1 : 1) : strcmp(a, b);
	c = c < 0 ? -1 : c > 0;
	return na ? -c : c;
}

static int is_op(const char *want)
{
	if (*tok && !strcmp(*tok, want)) {
		tok++;
		return 1;
	}
	return 0;
}

static char *parse_or(int eval);

static char *match(const char *s, const char *re, int eval)
{
	if (!eval)
		return "";
	regex_t rx;
	regmatch_t m[2];
	int err = regcomp(&rx, re, 0);
	if (err) {
		char msg[128];
		regerror(err, &rx, msg, sizeof msg);
		fail(2, msg, 0);
	}
	char *r;
	if (!regexec(&rx, s, 2, m, 0) && m[0].rm_so == 0) {
		if (rx.re_nsub) {
			if (m[1].rm_so < 0)
				r = "";
			else {
				r = xmalloc(m[1].rm_eo - m[1].rm_so + 1);
				memcpy(r, s + m[1].rm_so, m[1].rm_eo - m[1].rm_so);
				r[m[1].rm_eo - m[1].rm_so] = 0;
			}
		} else
			r = from_ll(m[0].rm_eo);
	} else
		r = rx.re_nsub ? "" : "0";
	regfree(&rx);
	return r;
}

/* A substr position or length: 0 when it is not a positive integer, clamped when huge. */
static size_t size_arg(const char *s)
{
	if (!is_int(s) || *s == '-')
		return 0;
	size_t v = 0;
	for (; *s; s++) {
		if (v > (SIZE_MAX - 9) / 10)
			return SIZE_MAX;
		v = v * 10 + (*s - '0');
	}
	return v;
}

static char *parse_primary(int eval)
{
	if (!*tok)
		fail(2, "syntax error: missing argument after", tok[-1]);
	if (is_op("(")) {
		char *v = parse_or(eval);
		if (!*tok)
			fail(2, "syntax error: expecting ')' after", tok[-1]);
		if (!is_op(")"))
			fail(2, "syntax error: expecting ')' instead of", *tok);
		return v;
	}
	if (!strcmp(*tok, ")"))
		fail(2, "syntax error: unexpected ')'", 0);
	return *tok++;
}

static char *parse_unary(int eval)
{
	if (is_op("+")) {
		if (!*tok)
			fail(2, "syntax error: missing argument after", tok[-1]);
		return *tok++;
	}
	if (is_op("length")) {
		char *s = parse_unary(eval);
		return from_ll((long long)strlen(s));
	}
	if (is_op("match")) {
		char *s = parse_unary(eval), *re = parse_unary(eval);
		return match(s, re, eval);
	}
	if (is_op("index")) {
		char *s = parse_unary(eval), *set = parse_unary(eval);
		size_t i = strcspn(s, set);
		return from_ll(s[i] ? (long long)i + 1 : 0);
	}
	if (is_op("substr")) {
		char *s = parse_unary(eval), *p = parse_unary(eval), *l = parse_unary(eval);
		size_t len = strlen(s), pos = size_arg(p), n = size_arg(l);
		if (!pos || !n || pos > len)
			return "";
		if (n > len - (pos - 1))
			n = len - (pos - 1);
		char *r = xmalloc(n + 1);
		memcpy(r, s + pos - 1, n);
		r[n] = 0;
		return r;
	}
	return parse_primary(eval);
}

static char *parse_match(int eval)
{
	char *l = parse_unary(eval);
	while (is_op(":")) {
		char *r = parse_unary(eval);
		l = match(l, r, eval);
	}
	return l;
}

static char *parse_mul(int eval)
{
	char *l = parse_match(eval);
	for (;;) {
		int op = *tok && (*tok)[0] && !(*tok)[1] ? (*tok)[0] : 0;
		if (op != '*' && op != '/' && op != '%')
			return l;
		tok++;
		char *r = parse_match(eval);
		if (!eval)
			continue;
		long long a = to_ll(l), b = to_ll(r), v;
		if (op == '*') {
			if (__builtin_mul_overflow(a, b, &v))
				fail(3, "integer overflow", 0);
		} else {
			if (!b)
				fail(2, "division by zero", 0);
			if (a == LLONG_MIN && b == -1)
				fail(3, "integer overflow", 0);
			v = op == '/' ? a / b : a % b;
		}
		l = from_ll(v);
	}
}

static char *parse_add(int eval)
{
	char *l = parse_mul(eval);
	for (;;) {
		int op = *tok && (*tok)[0] && !(*tok)[1] ? (*tok)[0] : 0;
		if (op != '+' && op != '-')
			return l;
		tok++;
		char *r = parse_mul(eval);
		if (!eval)
			continue;
		long long a = to_ll(l), b = to_ll(r), v;
		if (op == '+' ? __builtin_add_overflow(a, b, &v) : __builtin_sub_overflow(a, b, &v))
			fail(3, "integer overflow", 0);
		l = from_ll(v);
	}
}

static char *parse_cmp(int eval)
{
	static const char *const ops[] = { "<", "<=", "=", "!=", ">=", ">", "==", 0 };
	char *l = parse_add(eval);
	for (;;) {
		int k;
		for (k = 0; ops[k] && !(*tok && !strcmp(*tok, ops[k])); k++)
			;
		if (!ops[k])
			return l;
		tok++;
		char *r = parse_add(eval);
		if (!eval)
			continue;
		int c = is_int(l) && is_int(r) ? int_cmp(l, r) : strcoll(l, r);
		int t;
		switch (k) {
		case 0: t = c < 0; break;
		case 1: t = c <= 0; break;
		case 2: case 6: t = c == 0; break;
		case 3: t = c != 0; break;
		case 4: t = c >= 0; break;
		default: t = c > 0; break;
		}
		l = t ? "1" : "0";
	}
}

static char *parse_and(int eval)
{
	char *l = parse_cmp(eval);
	while (is_op("&")) {
		int lnull = is_null(l);
		/* the right side is not evaluated when the left decides */
		char *r = parse_cmp(eval && !lnull);
		if (lnull || is_null(r))
			l = "0";
	}
	return l;
}

static char *parse_or(int eval)
{
	char *l = parse_and(eval);
	while (is_op("|")) {
		int lnull = is_null(l);
		char *r = parse_and(eval && lnull);
		if (lnull)
			l = is_null(r) ? "0" : r;
	}
	return l;
}

int expr_main(int argc, char **argv)
{
	/* no options: -1 is an operand; a first "--" is dropped */
	argv++;
	argc--;
	if (argc && !strcmp(argv[0], "--")) {
		argv++;
		argc--;
	}
	if (!argc) {
		warn_msg("missing operand");
		usage();
		return 2;
	}
	tok = argv;
	char *v = parse_or(1);
	if (*tok)
		fail(2, "syntax error: unexpected argument", *tok);
	puts(v);
	return is_null(v);
}
