/* hexdump - display file contents in hexadecimal and other formats
 *
 * APPLET(hexdump, USR_BIN)
 * usage: hexdump [-bcCdovx] [-n LENGTH] [-s OFFSET] [FILE...]
 *
 * Dump the concatenated FILEs (none: standard input), 16 bytes a line, by default as
 * 16-bit hex words. Several format options print several lines per 16 bytes; repeated
 * lines are shown as * unless -v.
 *
 * -C, --canonical  hex bytes and the printable characters between | |
 * -b  octal bytes   -c  characters   -d  decimal words   -o  octal words   -x  hex words
 * -n, --length=N  dump only N bytes     -s, --skip=N  skip N bytes first (K M G ...)
 * -v, --no-squeezing  print every line
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static char fmts[16];
static int nfmts;

static void put_char_field(unsigned char c)
{
	const char *e = 0;
	switch (c) {
	case 0: e = "\\0"; break;
	case '\a': e = "\\a"; break;
	case '\b': e = "\\b"; break;
	case '\f': e = "\\f"; break;
	case '\n': e = "\\n"; break;
	case '\r': e = "\\r"; break;
	case '\t': e = "\\t"; break;
	case '\v': e = "\\v"; break;
	}
	if (e)
		printf(" %3s", e);
	else if (c >= 32 && c < 127)
		printf(" %3c", c);
	else
		printf(" %03o", c);
}

static void put_line(int f, unsigned long long addr, const unsigned char *p, size_t n)
{
	if (f == 'C') {
		printf("%08llx ", addr);
		for (size_t i = 0; i < 16; i++) {
			if (i == 8)
				putchar(' ');
			if (i < n)
				printf(" %02x", p[i]);
			else
				fputs("   ", stdout);
		}
		fputs("  |", stdout);
		for (size_t i = 0; i < n; i++)
			putchar(p[i] >= 32 && p[i] < 127 ? p[i] : '.');
		fputs("|\n", stdout);
		return;
	}
	printf("%07llx", addr);
	int words = f == 'w' || f == 'x' || f == 'd' || f == 'o';
	size_t fields = words ? 8 : 16, step = words ? 2 : 1;
	int width = f == 'w' ? 5 : f == 'x' || f == 'd' || f == 'o' ? 8 : 4;
	for (size_t i = 0; i < fields; i++) {
		size_t at = i * step;
		if (at >= n) {
			printf("%*s", width, "");
			continue;
		}
		unsigned v = p[at] | (words && at + 1 < n ? (unsigned)p[at + 1] << 8 : 0);
		switch (f) {
		case 'w': printf(" %04x", v); break;
		case 'x': printf("    %04x", v); break;
		case 'd': printf("   %05u", v); break;
		case 'o': printf("  %06o", v); break;
		case 'b': printf(" %03o", v); break;
		case 'c': put_char_field((unsigned char)v); break;
		}
	}
	putchar('\n');
}

int hexdump_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"bcC(canonical)doxn(length):s(skip):v(no-squeezing)");
	int c, all = 0;
	unsigned long long skip = 0, limit = ~0ULL;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'b': case 'c': case 'C': case 'd': case 'o': case 'x':
			if (nfmts < 16)
				fmts[nfmts++] = (char)c;
			break;
		case 'n':
			if (parse_size(o.arg, &limit)) {
				warn_msg("invalid length argument: '%s'", o.arg);
				return 1;
			}
			break;
		case 's': {
			char *end;
			errno = 0;
			skip = strtoull(o.arg, &end, 0);
			if (*end && parse_size(o.arg, &skip)) {
				warn_msg("invalid skip argument: '%s'", o.arg);
				return 1;
			}
			break;
		}
		case 'v': all = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!nfmts)
		fmts[nfmts++] = 'w';
	struct catin in;
	catin_init(&in, argc, argv);
	unsigned long long left = catin_skip(&in, skip);
	unsigned char line[16], prev[16];
	unsigned long long addr = skip - left, remain = limit;
	int have_prev = 0, star = 0, any = 0;
	for (;;) {
		size_t want = remain < 16 ? (size_t)remain : 16;
		size_t n = want ? catin_read(&in, line, want) : 0;
		if (!n)
			break;
		any = 1;
		remain -= n;
		if (!all && n == 16 && have_prev && !memcmp(line, prev, 16)) {
			if (!star)
				puts("*");
			star = 1;
		} else {
			star = 0;
			for (int i = 0; i < nfmts; i++)
				put_line(fmts[i], addr, line, n);
		}
		addr += n;
		memcpy(prev, line, 16);
		have_prev = n == 16;
		if (n < want)
			break;
	}
	if (any || skip)
		printf(fmts[nfmts - 1] == 'C' ? "%08llx\n" : "%07llx\n", addr);
	if (in.fd > 0)
		close(in.fd);
	return in.status;
}
