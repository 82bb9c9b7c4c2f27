/* arith.c - $((...)) evaluation: the C integer operators, with variables,
 * assignment operators, ++/--, ?: and the comma operator.  Arithmetic is
 * done in unsigned long long where C would overflow, so results wrap
 * instead of being undefined. */
#include "sh.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef long long num;
typedef unsigned long long unum;

struct ast {
	const char *expr, *p;
	int noeval;
	int depth;
};

static _Noreturn void aerr(struct ast *a, const char *msg)
{
	/* quote the expression, but not a huge one in full */
	int n = (int)strlen(a->expr);
	sh_error("arithmetic: %s: \"%.*s%s\"", msg, n > 60 ? 60 : n, a->expr,
		 n > 60 ? "..." : "");
}

static void skip(struct ast *a)
{
	while (*a->p == ' ' || *a->p == '\t' || *a->p == '\n')
		a->p++;
}

static num parse_num(struct ast *a, const char *s, const char **end)
{
	unum v = 0;
	int base = 10;
	const char *p = s;
	if (*p == '0' && (p[1] == 'x' || p[1] == 'X')) {
		base = 16;
		p += 2;
		if (!isxdigit((unsigned char)*p))
			aerr(a, "bad number");
	} else if (*p == '0') {
		base = 8;
	}
	for (;; p++) {
		int d;
		if (*p >= '0' && *p <= '9')
			d = *p - '0';
		else if (*p >= 'a' && *p <= 'z')
			d = *p - 'a' + 10;
		else if (*p >= 'A' && *p <= 'Z')
			d = *p - 'A' + 10;
		else if (*p == '_')
			d = 99;
		else
			break;
		if (d >= base)
			aerr(a, "bad number");
		v = v * (unum)base + (unum)d;
	}
	*end = p;
	return (num)v;
}

static num var_value(struct ast *a, const char *name)
{
	const char *v = sh_getvar(name), *end;
	num n;
	int neg = 0;
	if (!v) {
		if (sh_opt[OPT_u])
			sh_error("%s: parameter not set", name);
		return 0;
	}
	while (isspace((unsigned char)*v))
		v++;
	if (!*v)
		return 0;
	if (*v == '-' || *v == '+')
		neg = *v++ == '-';
	if (!isdigit((unsigned char)*v))
		aerr(a, "bad number");
	n = parse_num(a, v, &end);
	while (isspace((unsigned char)*end))
		end++;
	if (*end)
		aerr(a, "bad number");
	return neg ? (num)(0 - (unum)n) : n;
}

static num assign(struct ast *a);

static int read_name(struct ast *a, char *buf, size_t cap)
{
	size_t n = 0;
	const char *p = a->p;
	if (!(isalpha((unsigned char)*p) || *p == '_'))
		return 0;
	while (isalnum((unsigned char)*p) || *p == '_') {
		if (n + 1 >= cap)
			aerr(a, "name too long");
		buf[n++] = *p++;
	}
	buf[n] = 0;
	a->p = p;
	return 1;
}

static void setv(struct ast *a, const char *name, num v)
{
	if (!a->noeval)
		sh_setvar_int(name, v);
}

static num primary(struct ast *a)
{
	char name[256];
	num v;
	skip(a);
	if (*a->p == '(') {
		if (++a->depth > 1000)
			aerr(a, "nesting too deep");
		a->p++;
		v = assign(a);
		while (skip(a), *a->p == ',') {
			a->p++;
			v = assign(a);
		}
		skip(a);
		if (*a->p != ')')
			aerr(a, "missing \")\"");
		a->p++;
		a->depth--;
		return v;
	}
	if (isdigit((unsigned char)*a->p)) {
		v = parse_num(a, a->p, &a->p);
		return v;
	}
	if (read_name(a, name, sizeof name)) {
		skip(a);
		v = a->noeval ? 0 : var_value(a, name);
		if ((a->p[0] == '+' && a->p[1] == '+') ||
		    (a->p[0] == '-' && a->p[1] == '-')) {
			int inc = a->p[0] == '+';
			a->p += 2;
			setv(a, name, (num)((unum)v + (inc ? 1u : (unum)-1)));
		}
		return v;
	}
	if (!*a->p)
		aerr(a, "expression expected");
	aerr(a, "syntax error");
}

static num unary(struct ast *a)
{
	char c;
	num v;
	skip(a);
	c = *a->p;
	if ((c == '+' || c == '-') && a->p[1] == c) {
		char name[256];
		a->p += 2;
		skip(a);
		if (!read_name(a, name, sizeof name))
			aerr(a, "variable expected");
		v = a->noeval ? 0 : var_value(a, name);
		v = (num)((unum)v + (c == '+' ? 1u : (unum)-1));
		setv(a, name, v);
		return v;
	}
	if (c == '+' || c == '-' || c == '!' || c == '~') {
		if (++a->depth > 1000)
			aerr(a, "nesting too deep");
		a->p++;
		v = unary(a);
		a->depth--;
		switch (c) {
		case '-': return (num)(0 - (unum)v);
		case '!': return !v;
		case '~': return ~v;
		default: return v;
		}
	}
	return primary(a);
}

/* Binary operators by precedence level (higher binds tighter); the
 * operator's length goes to *len.  "+=", "<<=" and friends are
 * assignments, not binary operators. */
static int binop(struct ast *a, int *prec, int *len)
{
	const char *p = a->p;
	int c = p[0], n = 1, pr;
	switch (c) {
	case '|': pr = 3; if (p[1] == '|') { n = 2; pr = 1; } break;
	case '&': pr = 5; if (p[1] == '&') { n = 2; pr = 2; } break;
	case '^': pr = 4; break;
	case '=': if (p[1] != '=') return 0; n = 2; pr = 6; break;
	case '!': if (p[1] != '=') return 0; n = 2; pr = 6; break;
	case '<':
	case '>':
		pr = 7;
		if (p[1] == '=')
			n = 2;
		else if (p[1] == c) {
			n = 2;
			pr = 8;
		}
		break;
	case '+': case '-': pr = 9; break;
	case '*': case '/': case '%': pr = 10; break;
	default: return 0;
	}
	if (p[n] == '=' && pr > 2 && pr != 6 && pr != 7)
		return 0;
	*prec = pr;
	*len = n;
	return c;
}

static num apply(struct ast *a, const char *op, num l, num r)
{
	unum ul = (unum)l, ur = (unum)r;
	switch (op[0]) {
	case '|': return op[1] == '|' ? (l || r) : (num)(ul | ur);
	case '&': return op[1] == '&' ? (l && r) : (num)(ul & ur);
	case '^': return (num)(ul ^ ur);
	case '=': return l == r;
	case '!': return l != r;
	case '<':
		if (op[1] == '<')
			return (num)(ul << (ur & 63));
		return op[1] == '=' ? l <= r : l < r;
	case '>':
		if (op[1] == '>')
			return l >> (ur & 63);
		return op[1] == '=' ? l >= r : l > r;
	case '+': return (num)(ul + ur);
	case '-': return (num)(ul - ur);
	case '*': return (num)(ul * ur);
	case '/':
	case '%':
		if (r == 0) {
			if (a->noeval)
				return 0;
			aerr(a, "division by zero");
		}
		if (r == -1)
			return op[0] == '/' ? (num)(0 - ul) : 0;
		return op[0] == '/' ? l / r : l % r;
	}
	return 0;
}

static num binary(struct ast *a, int minprec)
{
	num l = unary(a);
	for (;;) {
		int prec, len;
		char op[3];
		num r;
		skip(a);
		if (!binop(a, &prec, &len) || prec < minprec)
			return l;
		memcpy(op, a->p, (size_t)len);
		op[len] = 0;
		a->p += len;
		if (prec <= 2) {
			int skipit = op[0] == '&' ? !l : !!l;
			a->noeval += skipit;
			r = binary(a, prec + 1);
			a->noeval -= skipit;
			l = op[0] == '&' ? (l && r) : (l || r);
			continue;
		}
		r = binary(a, prec + 1);
		l = apply(a, op, l, r);
	}
}

static num ternary(struct ast *a)
{
	num c = binary(a, 1), x, y;
	skip(a);
	if (*a->p != '?')
		return c;
	a->p++;
	a->noeval += !c;
	x = assign(a);
	a->noeval -= !c;
	skip(a);
	if (*a->p != ':')
		aerr(a, "expecting \":\"");
	a->p++;
	a->noeval += !!c;
	y = ternary(a);
	a->noeval -= !!c;
	return c ? x : y;
}

/* The length of an assignment operator at p ("=", "+=", "<<=" ...), or 0. */
static int assign_op(const char *p)
{
	switch (p[0]) {
	case '=':
		return p[1] != '=';
	case '*': case '/': case '%': case '+': case '-': case '&': case '^':
	case '|':
		return p[1] == '=' ? 2 : 0;
	case '<': case '>':
		return p[1] == p[0] && p[2] == '=' ? 3 : 0;
	}
	return 0;
}

static num assign(struct ast *a)
{
	const char *save = a->p;
	char name[256];
	skip(a);
	if (read_name(a, name, sizeof name)) {
		int n;
		skip(a);
		if ((n = assign_op(a->p))) {
			const char *op = a->p;
			num v, r;
			a->p += n;
			if (++a->depth > 1000)
				aerr(a, "nesting too deep");
			r = assign(a);
			a->depth--;
			if (n == 1) {
				v = r;
			} else {
				char o[3] = {op[0], n == 3 ? op[1] : 0, 0};
				v = apply(a, o, a->noeval ? 0 :
					  var_value(a, name), r);
			}
			setv(a, name, v);
			return v;
		}
	}
	a->p = save;
	return ternary(a);
}

long long sh_arith(const char *expr)
{
	struct ast a;
	num v;
	a.expr = a.p = expr;
	a.noeval = 0;
	a.depth = 0;
	skip(&a);
	if (!*a.p)
		return 0;
	v = assign(&a);
	for (;;) {
		skip(&a);
		if (*a.p != ',')
			break;
		a.p++;
		v = assign(&a);
	}
	skip(&a);
	if (*a.p)
		aerr(&a, "syntax error");
	return v;
}
