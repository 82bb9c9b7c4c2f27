/* split - split a file into pieces
 *
 * APPLET(split, USR_BIN)
 * usage: split [-l N|-b SIZE|-n CHUNKS] [-a LEN] [-d] [--additional-suffix=S] [FILE [PREFIX]]
 *
 * Write FILE (- or none: standard input) in pieces named PREFIX (default x) followed by
 * aa, ab, ... (or 00, 01, ... with -d): 1000 lines each by default.
 *
 * -l, --lines=N  N lines per piece    -b, --bytes=SIZE  SIZE bytes per piece (K, M, G...)
 * -n, --number=N  N pieces of (nearly) equal size (FILE must be a regular file)
 * -a, --suffix-length=LEN  suffixes of LEN characters (default 2)
 * -d, --numeric-suffixes  digits rather than letters   -x  hex digits
 * --additional-suffix=S  append S to each name          --verbose  name each file created
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

static const char *prefix = "x", *extra = "";
static int suffix_len = 2, verbose;
static const char *digits = "abcdefghijklmnopqrstuvwxyz";
static unsigned long long piece_no;
static int out = -1;
static char *out_name;

static int next_file(void)
{
	if (out >= 0 && close(out)) {
		warn_errno("%s", out_name);
		return -1;
	}
	size_t base = strlen(digits);
	unsigned long long n = piece_no++, max = 1;
	for (int i = 0; i < suffix_len; i++)
		max *= base;
	if (n >= max) {
		warn_msg("output file suffixes exhausted");
		return -1;
	}
	size_t pl = strlen(prefix);
	free(out_name);
	out_name = xmalloc(pl + suffix_len + strlen(extra) + 1);
	memcpy(out_name, prefix, pl);
	for (int i = suffix_len - 1; i >= 0; i--) {
		out_name[pl + i] = digits[n % base];
		n /= base;
	}
	strcpy(out_name + pl + suffix_len, extra);
	out = open(out_name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (out < 0) {
		warn_errno("%s", out_name);
		return -1;
	}
	if (verbose)
		printf("creating file '%s'\n", out_name);
	return 0;
}

static int put(const char *p, size_t n)
{
	if (full_write(out, p, n) < 0) {
		warn_errno("%s", out_name);
		return -1;
	}
	return 0;
}

int split_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"l(lines):b(bytes):n(number):a(suffix-length):d(numeric-suffixes)x(hex-suffixes)"
		"A(additional-suffix):V(verbose)");
	int c, mode = 'l';
	unsigned long long amount = 1000;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'l': case 'b': case 'n':
			mode = c;
			if (parse_size(o.arg, &amount) || !amount) {
				warn_msg("invalid number of %s: '%s'", c == 'l' ? "lines" :
					 c == 'b' ? "bytes" : "chunks", o.arg);
				return 1;
			}
			break;
		case 'a': {
			char *end;
			long v = strtol(o.arg, &end, 10);
			if (!*o.arg || *end || v < 1 || v > 64) {
				warn_msg("invalid suffix length: '%s'", o.arg);
				return 1;
			}
			suffix_len = (int)v;
			break;
		}
		case 'd': digits = "0123456789"; break;
		case 'x': digits = "0123456789abcdef"; break;
		case 'A':
			if (strchr(o.arg, '/')) {
				warn_msg("invalid suffix '%s', contains directory separator", o.arg);
				return 1;
			}
			extra = o.arg;
			break;
		case 'V': verbose = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc > 2) {
		warn_msg("extra operand '%s'", argv[2]);
		return usage();
	}
	const char *name = argc ? argv[0] : "-";
	if (argc > 1)
		prefix = argv[1];
	int in = open_input(name);
	if (in < 0)
		return 1;
	unsigned long long chunk = amount, total = 0;
	if (mode == 'n') {
		struct stat st;
		if (fstat(in, &st) || !S_ISREG(st.st_mode)) {
			warn_msg("%s: cannot determine file size", name);
			return 1;
		}
		total = st.st_size;
	}
	static char buf[128 << 10];
	unsigned long long used = 0;	/* lines or bytes in the current piece */
	unsigned long long k = 0, done = 0;	/* -n: piece index, bytes written */
	int status = 0;
	if (mode == 'n') {
		chunk = total / amount;
		if (next_file())
			return 1;
	}
	ssize_t n;
	while ((n = safe_read(in, buf, sizeof buf)) > 0) {
		const char *p = buf, *end = buf + n;
		while (p < end) {
			if (mode == 'n') {
				/* piece k ends at (k+1)*chunk, the last takes the rest */
				unsigned long long limit = k + 1 == amount ? ~0ULL : (k + 1) * chunk;
				if (done >= limit) {
					k++;
					if (next_file())
						return 1;
					continue;
				}
				size_t take = (size_t)(end - p);
				if (limit - done < take)
					take = (size_t)(limit - done);
				if (put(p, take))
					return 1;
				p += take;
				done += take;
				continue;
			}
			if (out < 0 || used == chunk) {
				if (next_file())
					return 1;
				used = 0;
			}
			size_t take;
			if (mode == 'b') {
				take = (size_t)(end - p);
				if (chunk - used < take)
					take = (size_t)(chunk - used);
				used += take;
			} else {
				const char *q = p;
				while (q < end && used < chunk) {
					const char *nl = memchr(q, '\n', end - q);
					if (!nl) {
						q = end;
						break;
					}
					q = nl + 1;
					used++;
				}
				take = (size_t)(q - p);
			}
			if (put(p, take))
				return 1;
			p += take;
		}
	}
	if (n < 0) {
		warn_errno("%s", name);
		status = 1;
	}
	/* -n: the remaining empty pieces still exist */
	while (mode == 'n' && k + 1 < amount) {
		k++;
		if (next_file())
			return 1;
	}
	if (out >= 0 && close(out)) {
		warn_errno("%s", out_name);
		status = 1;
	}
	return status;
}
