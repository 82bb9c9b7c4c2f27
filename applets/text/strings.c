/* strings - print the printable character runs in files
 *
 * APPLET(strings, USR_BIN)
 * usage: strings [-a] [-n N] [-t d|o|x] [FILE...]
 *
 * Print every run of at least 4 (or N) printable characters (and tabs) in each FILE
 * (- or none: standard input), one per line. The whole file is always scanned.
 *
 * -a, --all  scan whole files (the default)   -n N, --bytes=N, -N  the shortest run
 * -t d|o|x, --radix  precede each run by its offset in decimal, octal or hex
 * -o  -t o       -f, --print-file-name  precede each run by the file name
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static size_t min_len = 4;
static int radix, with_name;

static int printable(unsigned char c)
{
	return (c >= 32 && c < 127) || c == '\t';
}

static void emit(const char *name, unsigned long long off, const char *s, size_t n)
{
	if (with_name)
		printf("%s: ", name);
	if (radix == 'd')
		printf("%7llu ", off);
	else if (radix == 'o')
		printf("%7llo ", off);
	else if (radix == 'x')
		printf("%7llx ", off);
	fwrite(s, 1, n, stdout);
	putchar('\n');
}

static int scan(int fd, const char *name)
{
	static unsigned char buf[128 << 10];
	char *run = xmalloc(min_len + 1);
	size_t rlen = 0, cap = min_len + 1;
	unsigned long long off = 0, start = 0;
	ssize_t n;
	while ((n = safe_read(fd, buf, sizeof buf)) > 0) {
		for (ssize_t i = 0; i < n; i++) {
			unsigned char c = buf[i];
			if (printable(c)) {
				if (!rlen)
					start = off + i;
				if (rlen == cap)
					run = xrealloc(run, cap *= 2);
				run[rlen++] = (char)c;
			} else {
				if (rlen >= min_len)
					emit(name, start, run, rlen);
				rlen = 0;
			}
		}
		off += n;
	}
	if (rlen >= min_len)
		emit(name, start, run, rlen);
	free(run);
	if (n < 0) {
		warn_errno("%s", name);
		return 1;
	}
	return 0;
}

int strings_main(int argc, char **argv)
{
	/* -NUM is -n NUM */
	for (int i = 1; i < argc && argv[i][0] == '-' && argv[i][1] >= '0' &&
			argv[i][1] <= '9'; i += 2) {
		static char nopt[] = "-n";
		char **na = xmalloc((argc + 2) * sizeof *na);
		memcpy(na, argv, i * sizeof *na);
		na[i] = nopt;
		na[i + 1] = argv[i] + 1;
		memcpy(na + i + 2, argv + i + 1, (argc - i) * sizeof *na);
		argv = na;
		argc++;
	}
	struct opt o = OPT_INIT(argc, argv, "a(all)n(bytes):t(radix):of(print-file-name)");
	int c, status = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'a': break;
		case 'n': {
			char *end;
			long v = strtol(o.arg, &end, 10);
			if (!*o.arg || *end || v < 1) {
				warn_msg("invalid minimum string length %s", o.arg);
				return 1;
			}
			min_len = (size_t)v;
			break;
		}
		case 't':
			if (strlen(o.arg) != 1 || !strchr("dox", o.arg[0])) {
				warn_msg("invalid radix: %s", o.arg);
				return usage();
			}
			radix = o.arg[0];
			break;
		case 'o': radix = 'o'; break;
		case 'f': with_name = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	static char *dash[] = { "-", 0 };
	if (!argc) {
		argc = 1;
		argv = dash;
	}
	for (int i = 0; i < argc; i++) {
		int fd = open_input(argv[i]);
		if (fd < 0) {
			status = 1;
			continue;
		}
		status |= scan(fd, strcmp(argv[i], "-") ? argv[i] : "{standard input}");
		if (fd)
			close(fd);
	}
	return status;
}
