/* test.c - the test and [ builtins (POSIX rules by argument count, then a
 * recursive parser for -a, -o, ! and parentheses). */
#include "sh.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct tst {
	char **v;
	int n, i;
	int err;
};

static void terr(struct tst *t, const char *fmt, const char *arg)
{
	if (!t->err)
		sh_builtin_error(fmt, arg);
	t->err = 1;
}

static long long tnum(struct tst *t, const char *s)
{
	const char *p = s;
	char *end;
	long long v;
	while (isspace((unsigned char)*p))
		p++;
	errno = 0;
	v = strtoll(p, &end, 10);
	while (isspace((unsigned char)*end))
		end++;
	if (end == p || *end || errno) {
		terr(t, "%s: bad number", s);
		return 0;
	}
	return v;
}

static int is_unary(const char *s)
{
	return s[0] == '-' && s[1] && !s[2] && strchr("bcdefghkLnprsStuwxzGO", s[1]);
}

static int is_binary(const char *s)
{
	static const char *const ops[] = {
		"=", "!=", "==", "<", ">", "-eq", "-ne", "-gt", "-ge", "-lt",
		"-le", "-nt", "-ot", "-ef", NULL
	};
	int i;
	for (i = 0; ops[i]; i++)
		if (!strcmp(ops[i], s))
			return 1;
	return 0;
}

static int unary(struct tst *t, const char *op, const char *a)
{
	struct stat st;
	int r;
	switch (op[1]) {
	case 'n': return *a != 0;
	case 'z': return *a == 0;
	case 't': return isatty((int)tnum(t, a));
	case 'h': case 'L': return lstat(a, &st) == 0 && S_ISLNK(st.st_mode);
	case 'r': return access(a, R_OK) == 0;
	case 'w': return access(a, W_OK) == 0;
	case 'x': return access(a, X_OK) == 0;
	}
	r = stat(a, &st) == 0;
	if (!r)
		return 0;
	switch (op[1]) {
	case 'e': return 1;
	case 'f': return S_ISREG(st.st_mode);
	case 'd': return S_ISDIR(st.st_mode);
	case 'b': return S_ISBLK(st.st_mode);
	case 'c': return S_ISCHR(st.st_mode);
	case 'p': return S_ISFIFO(st.st_mode);
	case 'S': return S_ISSOCK(st.st_mode);
	case 's': return st.st_size > 0;
	case 'g': return (st.st_mode & S_ISGID) != 0;
	case 'u': return (st.st_mode & S_ISUID) != 0;
	case 'k': return (st.st_mode & S_ISVTX) != 0;
	case 'G': return st.st_gid == getegid();
	case 'O': return st.st_uid == geteuid();
	}
	return 0;
}

static int binary(struct tst *t, const char *a, const char *op, const char *b)
{
	struct stat sa, sb;
	if (!strcmp(op, "=") || !strcmp(op, "=="))
		return strcmp(a, b) == 0;
	if (!strcmp(op, "!="))
		return strcmp(a, b) != 0;
	if (!strcmp(op, "<"))
		return strcmp(a, b) < 0;
	if (!strcmp(op, ">"))
		return strcmp(a, b) > 0;
	if (!strcmp(op, "-nt") || !strcmp(op, "-ot") || !strcmp(op, "-ef")) {
		int ra = stat(a, &sa) == 0, rb = stat(b, &sb) == 0;
		if (op[1] == 'e')
			return ra && rb && sa.st_dev == sb.st_dev &&
			       sa.st_ino == sb.st_ino;
		if (op[1] == 'n')
			return ra && (!rb || sa.st_mtim.tv_sec > sb.st_mtim.tv_sec ||
				      (sa.st_mtim.tv_sec == sb.st_mtim.tv_sec &&
				       sa.st_mtim.tv_nsec > sb.st_mtim.tv_nsec));
		return rb && (!ra || sa.st_mtim.tv_sec < sb.st_mtim.tv_sec ||
			      (sa.st_mtim.tv_sec == sb.st_mtim.tv_sec &&
			       sa.st_mtim.tv_nsec < sb.st_mtim.tv_nsec));
	}
	{
		long long x = tnum(t, a), y = tnum(t, b);
		if (!strcmp(op, "-eq")) return x == y;
		if (!strcmp(op, "-ne")) return x != y;
		if (!strcmp(op, "-gt")) return x > y;
		if (!strcmp(op, "-ge")) return x >= y;
		if (!strcmp(op, "-lt")) return x < y;
		return x <= y;
	}
}

static int or_expr(struct tst *t);

static int primary(struct tst *t)
{
	char **v = t->v;
	if (t->i >= t->n) {
		terr(t, "%s", "argument expected");
		return 0;
	}
	if (!strcmp(v[t->i], "!")) {
		t->i++;
		return !primary(t);
	}
	if (!strcmp(v[t->i], "(")) {
		int r;
		t->i++;
		r = or_expr(t);
		if (t->i >= t->n || strcmp(v[t->i], ")")) {
			terr(t, "%s", "missing )");
			return 0;
		}
		t->i++;
		return r;
	}
	if (t->i + 2 < t->n && is_binary(v[t->i + 1])) {
		int r = binary(t, v[t->i], v[t->i + 1], v[t->i + 2]);
		t->i += 3;
		return r;
	}
	if (is_unary(v[t->i]) && t->i + 1 < t->n) {
		int r = unary(t, v[t->i], v[t->i + 1]);
		t->i += 2;
		return r;
	}
	return *v[t->i++] != 0;
}

static int and_expr(struct tst *t)
{
	int r = primary(t);
	while (t->i < t->n && !strcmp(t->v[t->i], "-a")) {
		int r2;
		t->i++;
		r2 = primary(t);
		r = r && r2;
	}
	return r;
}

static int or_expr(struct tst *t)
{
	int r = and_expr(t);
	while (t->i < t->n && !strcmp(t->v[t->i], "-o")) {
		int r2;
		t->i++;
		r2 = and_expr(t);
		r = r || r2;
	}
	return r;
}

/* POSIX: the meaning depends on the number of arguments. */
static int eval_n(struct tst *t, char **v, int n)
{
	switch (n) {
	case 0:
		return 0;
	case 1:
		return *v[0] != 0;
	case 2:
		if (!strcmp(v[0], "!"))
			return *v[1] == 0;
		if (is_unary(v[0]))
			return unary(t, v[0], v[1]);
		break;
	case 3:
		if (is_binary(v[1]))
			return binary(t, v[0], v[1], v[2]);
		if (!strcmp(v[0], "!"))
			return !eval_n(t, v + 1, 2);
		if (!strcmp(v[0], "(") && !strcmp(v[2], ")"))
			return *v[1] != 0;
		break;
	case 4:
		if (!strcmp(v[0], "!"))
			return !eval_n(t, v + 1, 3);
		if (!strcmp(v[0], "(") && !strcmp(v[3], ")"))
			return eval_n(t, v + 1, 2);
		break;
	}
	{
		int r;
		t->v = v;
		t->n = n;
		t->i = 0;
		r = or_expr(t);
		if (t->i < t->n)
			terr(t, "%s: unexpected operator", t->v[t->i]);
		return r;
	}
}

int sh_test_builtin(int argc, char **argv)
{
	struct tst t;
	int r;
	memset(&t, 0, sizeof t);
	if (!strcmp(argv[0], "[")) {
		if (strcmp(argv[argc - 1], "]")) {
			sh_builtin_error("%s", "missing ]");
			return 2;
		}
		argc--;
	}
	r = eval_n(&t, argv + 1, argc - 1);
	if (t.err)
		return 2;
	return !r;
}
