/* getopt, getopt_long and getopt_long_only, with GNU argument permutation: options
 * may follow operands unless the option string starts with '+' or POSIXLY_CORRECT is
 * set; a leading '-' returns operands in order as the argument of option 1. Messages
 * are glibc's, word for word. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *optarg;
int optind = 1, opterr = 1, optopt = '?';

static int pos;			/* inside a cluster like -abc: next character */
static int first_nonopt = 1;	/* operands already skipped sit in [first, last) */
static int last_nonopt = 1;
static int started;

static int is_operand(const char *s)
{
	return s[0] != '-' || !s[1];
}

static void reverse(char **a, int i, int j)
{
	for (j--; i < j; i++, j--) {
		char *t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}

/* Moves the options in [last_nonopt, optind) in front of the operands skipped before. */
static void exchange(char **argv)
{
	reverse(argv, first_nonopt, last_nonopt);
	reverse(argv, last_nonopt, optind);
	reverse(argv, first_nonopt, optind);
	first_nonopt += optind - last_nonopt;
	last_nonopt = optind;
}

static int need_arg(int colon, const char *prog, const char *what, int c)
{
	if (opterr && !colon)
		fprintf(stderr, "%s: option requires an argument -- '%c'\n", prog, c);
	(void)what;
	optopt = c;
	return colon ? ':' : '?';
}

static int short_opt(int argc, char **argv, const char *opts, int colon)
{
	char *arg = argv[optind];
	int c = (unsigned char)arg[pos++];
	const char *spec = c == ':' || c == '-' ? 0 : strchr(opts, c);

	if (!spec || !c) {
		if (!arg[pos]) {
			optind++;
			pos = 0;
		}
		if (opterr && !colon)
			fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
		optopt = c;
		return '?';
	}
	if (spec[1] != ':') {
		if (!arg[pos]) {
			optind++;
			pos = 0;
		}
		return c;
	}
	if (arg[pos]) {
		optarg = arg + pos;
		optind++;
	} else if (spec[2] == ':') {
		optarg = 0;
		optind++;
	} else if (optind + 1 < argc) {
		optarg = argv[optind + 1];
		optind += 2;
	} else {
		optind++;
		pos = 0;
		return need_arg(colon, argv[0], 0, c);
	}
	pos = 0;
	return c;
}

static int long_opt(int argc, char **argv, const char *opts, const struct option *lo,
		    int *idx, int colon, const char *prefix, char *name)
{
	size_t len = strcspn(name, "=");
	int i, found = -1, ambiguous = 0, exact = 0;

	for (i = 0; lo[i].name; i++) {
		if (strncmp(lo[i].name, name, len))
			continue;
		if (strlen(lo[i].name) == len) {
			found = i;
			exact = 1;
			break;
		}
		if (found < 0)
			found = i;
		else if (lo[i].has_arg != lo[found].has_arg || lo[i].flag != lo[found].flag ||
			 lo[i].val != lo[found].val)
			ambiguous = 1;
	}
	if (ambiguous && !exact) {
		if (opterr) {
			fprintf(stderr, "%s: option '%s%s' is ambiguous; possibilities:", argv[0],
				prefix, name);
			for (i = 0; lo[i].name; i++)
				if (!strncmp(lo[i].name, name, len))
					fprintf(stderr, " '%s%s'", prefix, lo[i].name);
			fputc('\n', stderr);
		}
		optind++;
		optopt = 0;
		return '?';
	}
	if (found < 0) {
		/* getopt_long_only: "-x" may still be the short option x. */
		if (prefix[1] == 0 && strchr(opts, name[0]))
			return -2;
		if (opterr)
			fprintf(stderr, "%s: unrecognized option '%s%s'\n", argv[0], prefix, name);
		optind++;
		optopt = 0;
		return '?';
	}
	optind++;
	if (name[len] == '=') {
		if (lo[found].has_arg == no_argument) {
			if (opterr)
				fprintf(stderr, "%s: option '%s%s' doesn't allow an argument\n",
					argv[0], prefix, lo[found].name);
			optopt = lo[found].val;
			return '?';
		}
		optarg = name + len + 1;
	} else if (lo[found].has_arg == required_argument) {
		if (optind >= argc) {
			if (opterr)
				fprintf(stderr, "%s: option '%s%s' requires an argument\n", argv[0],
					prefix, lo[found].name);
			optopt = lo[found].val;
			return colon ? ':' : '?';
		}
		optarg = argv[optind++];
	} else {
		optarg = 0;
	}
	if (idx)
		*idx = found;
	if (lo[found].flag) {
		*lo[found].flag = lo[found].val;
		return 0;
	}
	return lo[found].val;
}

static int get(int argc, char *const *cargv, const char *opts, const struct option *lo,
	       int *idx, int long_only)
{
	char **argv = (char **)cargv;
	int permute = 1, in_order = 0, colon, r;

	if (!optind || !started) {
		/* optind = 0 asks for a fresh start, as in glibc. */
		if (!optind)
			optind = 1;
		first_nonopt = last_nonopt = optind;
		pos = 0;
		started = 1;
	}
	if (*opts == '+' || *opts == '-') {
		permute = 0;
		in_order = *opts++ == '-';
	} else if (getenv("POSIXLY_CORRECT")) {
		permute = 0;
	}
	colon = *opts == ':';
	optarg = 0;

	if (!pos) {
		if (last_nonopt > optind)
			last_nonopt = optind;
		if (first_nonopt > optind)
			first_nonopt = optind;
		if (permute) {
			if (first_nonopt != last_nonopt && last_nonopt != optind)
				exchange(argv);
			else if (last_nonopt != optind)
				first_nonopt = optind;
			while (optind < argc && is_operand(argv[optind]))
				optind++;
			last_nonopt = optind;
		}
		if (optind < argc && !strcmp(argv[optind], "--")) {
			optind++;
			if (first_nonopt != last_nonopt && last_nonopt != optind)
				exchange(argv);
			else if (first_nonopt == last_nonopt)
				first_nonopt = optind;
			last_nonopt = argc;
			optind = argc;
		}
		if (optind >= argc) {
			/* Point at the first operand, now that the options are all in front. */
			if (first_nonopt != last_nonopt)
				optind = first_nonopt;
			return -1;
		}
		if (is_operand(argv[optind])) {
			if (!in_order)
				return -1;
			optarg = argv[optind++];
			return 1;
		}
		if (lo && argv[optind][1] == '-') {
			return long_opt(argc, argv, opts, lo, idx, colon, "--", argv[optind] + 2);
		}
		if (lo && long_only) {
			r = long_opt(argc, argv, opts, lo, idx, colon, "-", argv[optind] + 1);
			if (r != -2)
				return r;
		}
		pos = 1;
	}
	return short_opt(argc, argv, opts, colon);
}

int getopt(int argc, char *const argv[], const char *opts)
{
	return get(argc, argv, opts, 0, 0, 0);
}

int getopt_long(int argc, char *const *argv, const char *opts, const struct option *lo,
		int *idx)
{
	return get(argc, argv, opts, lo, idx, 0);
}

int getopt_long_only(int argc, char *const *argv, const char *opts, const struct option *lo,
		     int *idx)
{
	return get(argc, argv, opts, lo, idx, 1);
}
