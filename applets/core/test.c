/* test, [ - evaluate an expression
 *
 * APPLET(test, BIN)
 * APPLET([, BIN, test_main)
 * usage: test EXPRESSION | [ EXPRESSION ]
 *
 * Exit 0 if EXPRESSION is true, 1 if it is false, 2 on a syntax error. With one to
 * four arguments POSIX's rules by argument count apply; longer expressions are parsed
 * with ! binding tightest, then -a, then -o, and ( ) for grouping.
 *
 * -b/-c/-d/-f/-p/-S/-h/-L FILE  block/character device, directory, regular file,
 *                               FIFO, socket, symbolic link
 * -e FILE  exists    -s FILE  is not empty    -g/-u/-k FILE  setgid/setuid/sticky
 * -r/-w/-x FILE  readable/writable/executable   -O/-G FILE  owned by our uid/gid
 * -t FD  is a terminal     -n STRING  not empty     -z STRING  empty
 * S1 = S2, S1 != S2, S1 < S2, S1 > S2   strings (== is =)
 * N1 -eq -ne -lt -le -gt -ge N2         integers
 * F1 -nt F2, F1 -ot F2  newer/older     F1 -ef F2  same file
 */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

static char **av;
static int ac, pos;

static int failed;	/* a syntax error was reported */

static int syntax(const char *fmt, const char *arg)
{
	if (!failed)
		warn_msg(fmt, arg);
	failed = 1;
	return 0;
}

static int is(const char *s, const char *t)
{
	return !strcmp(s, t);
}

static const char *const binops[] = {
	"=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge",
	"-nt", "-ot", "-ef", 0
};

static int is_binop(const char *s)
{
	for (int i = 0; binops[i]; i++)
		if (is(s, binops[i]))
			return 1;
	return 0;
}

static int is_unop(const char *s)
{
	return s[0] == '-' && s[1] && !s[2] && strchr("bcdefghkLnprsStuwxzOG", s[1]);
}

/* An integer operand: optional blanks, sign, decimal digits, optional blanks. Returns
 * the sign (-1, 0 or 1) and the digits without leading zeros in *digits, *len. */
static int integer(const char *s, const char **digits, size_t *len)
{
	const char *p = s;
	while (*p == ' ' || *p == '\t')
		p++;
	int neg = 0;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	const char *d = p;
	while (*p >= '0' && *p <= '9')
		p++;
	const char *end = p;
	while (*p == ' ' || *p == '\t')
		p++;
	if (end == d || *p) {
		syntax("%s: integer expression expected", s);
		return 0;
	}
	while (*d == '0' && d + 1 < end)
		d++;
	*digits = d;
	*len = end - d;
	if (*len == 1 && *d == '0')
		return 0;
	return neg ? -1 : 1;
}

/* Compare two integers of any length: <0, 0 or >0. */
static int int_cmp(const char *a, const char *b)
{
	const char *da, *db;
	size_t la, lb;
	int sa = integer(a, &da, &la), sb = integer(b, &db, &lb);
	if (failed)
		return 0;
	if (sa != sb)
		return sa < sb ? -1 : 1;
	if (!sa)
		return 0;
	int mag = la != lb ? (la < lb ? -1 : 1) : memcmp(da, db, la);
	return sa < 0 ? -mag : mag;
}

static int mtime_cmp(const struct stat *a, const struct stat *b)
{
	if (a->st_mtim.tv_sec != b->st_mtim.tv_sec)
		return a->st_mtim.tv_sec < b->st_mtim.tv_sec ? -1 : 1;
	if (a->st_mtim.tv_nsec != b->st_mtim.tv_nsec)
		return a->st_mtim.tv_nsec < b->st_mtim.tv_nsec ? -1 : 1;
	return 0;
}

static int binary(const char *a, const char *op, const char *b)
{
	if (is(op, "=") || is(op, "=="))
		return is(a, b);
	if (is(op, "!="))
		return !is(a, b);
	if (is(op, "<"))
		return strcmp(a, b) < 0;
	if (is(op, ">"))
		return strcmp(a, b) > 0;
	if (op[1] == 'e' && op[2] == 'f') {
		struct stat sa, sb;
		return !stat(a, &sa) && !stat(b, &sb) && sa.st_dev == sb.st_dev &&
		       sa.st_ino == sb.st_ino;
	}
	if (is(op, "-nt") || is(op, "-ot")) {
		struct stat sa, sb;
		int ea = !stat(a, &sa), eb = !stat(b, &sb);
		if (is(op, "-ot")) {
			int t = ea;
			ea = eb;
			eb = t;
			struct stat ts = sa;
			sa = sb;
			sb = ts;
		}
		/* newer: exists while the other doesn't, or has the later mtime */
		return ea && (!eb || mtime_cmp(&sa, &sb) > 0);
	}
	int c = int_cmp(a, b);
	if (is(op, "-eq")) return c == 0;
	if (is(op, "-ne")) return c != 0;
	if (is(op, "-lt")) return c < 0;
	if (is(op, "-le")) return c <= 0;
	if (is(op, "-gt")) return c > 0;
	return c >= 0;
}

static int unary(int op, const char *arg)
{
	struct stat st;
	switch (op) {
	case 'n': return *arg != 0;
	case 'z': return *arg == 0;
	case 'r': return !access(arg, R_OK);
	case 'w': return !access(arg, W_OK);
	case 'x': return !access(arg, X_OK);
	case 't': {
		const char *d;
		size_t len;
		int sign = integer(arg, &d, &len);
		if (failed || sign < 0 || len > 9)
			return 0;
		int fd = 0;
		for (size_t i = 0; sign && i < len; i++)
			fd = fd * 10 + (d[i] - '0');
		return isatty(fd);
	}
	case 'h': case 'L':
		return !lstat(arg, &st) && S_ISLNK(st.st_mode);
	}
	if (stat(arg, &st))
		return 0;
	switch (op) {
	case 'b': return S_ISBLK(st.st_mode);
	case 'c': return S_ISCHR(st.st_mode);
	case 'd': return S_ISDIR(st.st_mode);
	case 'f': return S_ISREG(st.st_mode);
	case 'p': return S_ISFIFO(st.st_mode);
	case 'S': return S_ISSOCK(st.st_mode);
	case 'e': return 1;
	case 's': return st.st_size > 0;
	case 'g': return (st.st_mode & S_ISGID) != 0;
	case 'u': return (st.st_mode & S_ISUID) != 0;
	case 'k': return (st.st_mode & S_ISVTX) != 0;
	case 'O': return st.st_uid == geteuid();
	case 'G': return st.st_gid == getegid();
	}
	return 0;
}

static int expr(void);
static int count_rules(int n);

static int unary_at_pos(void)
{
	const char *op = av[pos];
	if (pos + 1 >= ac)
		return syntax("missing argument after '%s'", op);
	pos += 2;
	return unary(op[1], av[pos - 1]);
}

static int binary_at_pos(void)
{
	pos += 3;
	return binary(av[pos - 3], av[pos - 2], av[pos - 1]);
}

static int term(void)
{
	int invert = 0;
	while (pos < ac && is(av[pos], "!")) {
		pos++;
		invert ^= 1;
	}
	if (pos >= ac)
		return syntax("missing argument after '%s'", av[pos - 1]);
	int v;
	if (is(av[pos], "(")) {
		pos++;
		/* POSIX's counting rules for up to 3 arguments before the ")", unless
		 * they hold another "(": then the parser */
		int n = 0;
		while (pos + n < ac && !is(av[pos + n], ")"))
			if (is(av[pos + n], "(") || ++n == 4) {
				n = 4;
				break;
			}
		v = n < 4 ? count_rules(n) : expr();
		if (failed)
			return 0;
		if (pos >= ac || !is(av[pos], ")"))
			return syntax("%s')' expected", "");
		pos++;
	} else if (ac - pos >= 3 && is_binop(av[pos + 1])) {
		v = binary_at_pos();
	} else if (av[pos][0] == '-' && av[pos][1] && !av[pos][2]) {
		if (!is_unop(av[pos]))
			return syntax("%s: unary operator expected", av[pos]);
		v = unary_at_pos();
	} else {
		v = av[pos++][0] != 0;
	}
	return v ^ invert;
}

static int and_expr(void)
{
	int v = term();
	while (!failed && pos < ac && is(av[pos], "-a")) {
		pos++;
		v = term() && v;
	}
	return v;
}

static int expr(void)
{
	int v = and_expr();
	while (!failed && pos < ac && is(av[pos], "-o")) {
		pos++;
		v = and_expr() || v;
	}
	return v;
}

static int one(void)
{
	return av[pos++][0] != 0;
}

static int two(void)
{
	if (is(av[pos], "!")) {
		pos++;
		return !one();
	}
	if (is_unop(av[pos]))
		return unary_at_pos();
	return syntax("%s: unary operator expected", av[pos]);
}

static int three(void)
{
	if (is_binop(av[pos + 1]))
		return binary_at_pos();
	if (is(av[pos + 1], "-a") || is(av[pos + 1], "-o")) {
		int a = av[pos][0] != 0, b = av[pos + 2][0] != 0;
		int and = av[pos + 1][1] == 'a';
		pos += 3;
		return and ? a && b : a || b;
	}
	if (is(av[pos], "!")) {
		pos++;
		return !two();
	}
	if (is(av[pos], "(") && is(av[pos + 2], ")")) {
		pos++;
		int v = one();
		pos++;
		return v;
	}
	return syntax("%s: binary operator expected", av[pos + 1]);
}

/* POSIX's rules for 0 to 4 arguments starting at pos; more go to the parser. */
static int count_rules(int n)
{
	switch (n) {
	case 0: return 0;
	case 1: return one();
	case 2: return two();
	case 3: return three();
	case 4:
		if (is(av[pos], "!")) {
			pos++;
			return !three();
		}
		if (is(av[pos], "(") && is(av[pos + 3], ")")) {
			pos++;
			int v = two();
			pos++;
			return v;
		}
	}
	return expr();
}

int test_main(int argc, char **argv)
{
	if (is(applet_name, "[")) {
		if (argc < 2 || !is(argv[argc - 1], "]")) {
			warn_msg("missing ']'");
			return 2;
		}
		argc--;
	}
	av = argv + 1;
	ac = argc - 1;
	pos = 0;
	failed = 0;
	int v = count_rules(ac);
	if (!failed && pos < ac)
		syntax("extra argument '%s'", av[pos]);
	return failed ? 2 : !v;
}
