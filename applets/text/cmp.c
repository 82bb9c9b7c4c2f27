/* cmp - compare two files byte by byte
 *
 * APPLET(cmp, USR_BIN)
 * usage: cmp [-l|-s] [-b] [-n N] [-i SKIP1[:SKIP2]] FILE1 [FILE2 [SKIP1 [SKIP2]]]
 *
 * Report the first byte and line where FILE1 and FILE2 (- or missing: standard input)
 * differ. Exit status 0 if they are the same, 1 if they differ, 2 on trouble.
 *
 * -l, --verbose  list every differing byte: offset, octal values
 * -s, --quiet, --silent  print nothing, only the exit status
 * -b, --print-bytes  also show the differing bytes
 * -n, --bytes=N  compare at most N bytes    -i, --ignore-initial=SKIP  skip bytes first
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static int parse_skip(const char *s, unsigned long long *out)
{
	if (parse_size(s, out)) {
		warn_msg("invalid --ignore-initial value '%s'", s);
		return -1;
	}
	return 0;
}

static int skip_input(int fd, const char *name, unsigned long long n)
{
	if (!n || lseek(fd, (off_t)n, SEEK_CUR) >= 0)
		return 0;
	static char junk[65536];
	while (n) {
		ssize_t r = safe_read(fd, junk, n < sizeof junk ? n : sizeof junk);
		if (r < 0) {
			warn_errno("%s", name);
			return -1;
		}
		if (!r)
			break;
		n -= r;
	}
	return 0;
}

/* Fill buf from fd as far as possible: returns the count (short only at end of file). */
static ssize_t fill(int fd, char *buf, size_t n)
{
	size_t got = 0;
	while (got < n) {
		ssize_t r = safe_read(fd, buf + got, n - got);
		if (r < 0)
			return -1;
		if (!r)
			break;
		got += r;
	}
	return (ssize_t)got;
}

static void show_byte(unsigned char c)
{
	/* as GNU: M- for high bytes, ^ for controls */
	if (c >= 128) {
		fputs("M-", stdout);
		c -= 128;
	}
	if (c < 32 || c == 127) {
		putchar('^');
		putchar(c == 127 ? '?' : c + 64);
	} else {
		putchar(c);
	}
}

int cmp_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"l(verbose)s(quiet)(silent)b(print-bytes)n(bytes):i(ignore-initial):");
	int c, verbose = 0, silent = 0, bytes = 0;
	unsigned long long limit = ~0ULL, skip1 = 0, skip2 = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'l': verbose = 1; break;
		case 's': silent = 1; break;
		case 'b': bytes = 1; break;
		case 'n':
			if (parse_size(o.arg, &limit)) {
				warn_msg("invalid --bytes value '%s'", o.arg);
				return 2;
			}
			break;
		case 'i': {
			char *s = xstrdup(o.arg), *colon = strchr(s, ':');
			if (colon)
				*colon++ = 0;
			if (parse_skip(s, &skip1) || parse_skip(colon ? colon : s, &skip2))
				return 2;
			free(s);
			break;
		}
		default: usage(); return 2;
		}
	argc -= o.ind;
	argv += o.ind;
	if (verbose && silent) {
		warn_msg("options -l and -s are incompatible");
		return 2;
	}
	if (argc < 1 || argc > 4) {
		if (argc < 1)
			warn_msg("missing operand after '%s'", applet_name);
		else
			warn_msg("invalid operand '%s'", argv[4]);
		usage();
		return 2;
	}
	const char *n1 = argv[0], *n2 = argc > 1 ? argv[1] : "-";
	if (argc > 2 && parse_skip(argv[2], &skip1))
		return 2;
	if (argc > 3 && parse_skip(argv[3], &skip2))
		return 2;
	int f1 = open_input(n1);
	if (f1 < 0)
		return 2;
	int f2 = open_input(n2);
	if (f2 < 0)
		return 2;
	if (skip_input(f1, n1, skip1) || skip_input(f2, n2, skip2))
		return 2;
	enum { BUF = 64 << 10 };
	char *b1 = xmalloc(BUF), *b2 = xmalloc(BUF);
	unsigned long long pos = 0, line = 1;
	int differ = 0;
	while (pos < limit) {
		size_t want = limit - pos < BUF ? (size_t)(limit - pos) : BUF;
		ssize_t r1 = fill(f1, b1, want), r2;
		if (r1 < 0) {
			warn_errno("%s", n1);
			return 2;
		}
		r2 = fill(f2, b2, want);
		if (r2 < 0) {
			warn_errno("%s", n2);
			return 2;
		}
		size_t n = r1 < r2 ? (size_t)r1 : (size_t)r2;
		size_t i = 0;
		while (i < n) {
			if (!memcmp(b1 + i, b2 + i, n - i)) {
				if (!verbose)
					for (const char *p = b1 + i; (p = memchr(p, '\n', b1 + n - p)); p++)
						line++;
				i = n;
				break;
			}
			/* find the first difference */
			size_t j = i;
			while (b1[j] == b2[j])
				j++;
			if (!verbose) {
				for (const char *p = b1 + i; (p = memchr(p, '\n', b1 + j - p)); p++)
					line++;
				if (!silent) {
					printf("%s %s differ: byte %llu, line %llu", n1, n2, pos + j + 1,
					       line);
					if (bytes) {
						printf(" is %3o ", (unsigned char)b1[j]);
						show_byte((unsigned char)b1[j]);
						printf(" %3o ", (unsigned char)b2[j]);
						show_byte((unsigned char)b2[j]);
					}
					putchar('\n');
				}
				return 1;
			}
			differ = 1;
			printf("%llu %3o %3o", pos + j + 1, (unsigned char)b1[j], (unsigned char)b2[j]);
			if (bytes) {
				putchar(' ');
				show_byte((unsigned char)b1[j]);
				putchar(' ');
				show_byte((unsigned char)b2[j]);
			}
			putchar('\n');
			i = j + 1;
		}
		pos += n;
		if (r1 != r2) {
			const char *shorter = r1 < r2 ? n1 : n2;
			if (!silent) {
				fflush(stdout);
				if (pos == 0)
					warn_msg("EOF on %s which is empty", shorter);
				else if (verbose)
					warn_msg("EOF on %s after byte %llu", shorter, pos);
				else
					warn_msg("EOF on %s after byte %llu, line %llu", shorter, pos,
						 line - (n && b1[n - 1] == '\n' ? 1 : 0));
			}
			return 1;
		}
		if ((size_t)r1 < want)
			break;
	}
	return differ;
}
