/* od - dump files in octal and other formats
 *
 * APPLET(od, USR_BIN)
 * usage: od [-bcdosxv] [-A d|o|x|n] [-j SKIP] [-N COUNT] [-t TYPE]... [-w BYTES] [FILE...]
 *
 * Write the concatenated FILEs (- or none: standard input) as lines of an address and
 * 16 bytes in each TYPE (default o2). Repeated lines are shown as * unless -v.
 *
 * -A, --address-radix=R  addresses in d, o (default), x or n (none)
 * -j, --skip-bytes=N  skip N bytes first   -N, --read-bytes=N  dump at most N bytes
 *     (N: decimal, 0x hex, 0 octal; suffixes b 512, k 1024, m 1048576, K M G ...)
 * -t, --format=TYPE  a named chars, c chars or escapes, d[N] signed, u[N] unsigned,
 *     o[N] octal, x[N] hex, f[N] floating point (N bytes: 1 2 4 8, or C S I L; F D for
 *     f); a z suffix adds the printable characters between > and <
 * -v, --output-duplicates  print every line   -w, --width=N  N bytes per line
 * -b  -t o1   -c  -t c   -d  -t u2   -o  -t o2   -s  -t d2   -x  -t x2
 */
#include <errno.h>
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

struct spec {
	char type;	/* a c d u o x f */
	int size, width, pad, z;
};
static struct spec specs[64];
static int nspecs;

static int add_spec(const char *s)
{
	while (*s) {
		if (nspecs == 64)
			return -1;
		struct spec *sp = &specs[nspecs];
		char t = *s++;
		int size = 0;
		switch (t) {
		case 'a': case 'c': size = 1; break;
		case 'd': case 'o': case 'u': case 'x':
			size = 4;
			if (*s == 'C') size = 1, s++;
			else if (*s == 'S') size = 2, s++;
			else if (*s == 'I') size = 4, s++;
			else if (*s == 'L') size = 8, s++;
			else if (*s >= '0' && *s <= '9') {
				size = (int)strtol(s, (char **)&s, 10);
				if (size != 1 && size != 2 && size != 4 && size != 8)
					return -1;
			}
			break;
		case 'f':
			size = 8;
			if (*s == 'F') size = 4, s++;
			else if (*s == 'D') size = 8, s++;
			else if (*s == 'L') return -1;
			else if (*s >= '0' && *s <= '9') {
				size = (int)strtol(s, (char **)&s, 10);
				if (size != 4 && size != 8)
					return -1;
			}
			break;
		default:
			return -1;
		}
		static const int ow[] = { 0, 3, 6, 0, 11, 0, 0, 0, 22 };
		static const int uw[] = { 0, 3, 5, 0, 10, 0, 0, 0, 20 };
		static const int dw[] = { 0, 4, 6, 0, 11, 0, 0, 0, 20 };
		sp->type = t;
		sp->size = size;
		sp->width = t == 'a' || t == 'c' ? 3 : t == 'o' ? ow[size] : t == 'u' ? uw[size] :
			    t == 'd' ? dw[size] : t == 'x' ? size * 2 : size == 4 ? 15 : 24;
		sp->z = 0;
		if (*s == 'z') {
			sp->z = 1;
			s++;
		}
		nspecs++;
	}
	return 0;
}

static int parse_offset(const char *s, unsigned long long *out)
{
	char *end;
	errno = 0;
	if (*s < '0' || *s > '9')
		return -1;
	unsigned long long v = strtoull(s, &end, 0);
	if (errno)
		return -1;
	if (!*end) {
		*out = v;
		return 0;
	}
	unsigned long long m = 0;
	if (!strcmp(end, "b"))
		m = 512;
	else if (!strcmp(end, "k"))
		m = 1024;
	else if (!strcmp(end, "m"))
		m = 1024 * 1024;
	if (m) {
		if (v > ~0ULL / m)
			return -1;
		*out = v * m;
		return 0;
	}
	return parse_size(s, out);
}

/* -------- output -------- */

static unsigned long long get_le(const unsigned char *p, int size)
{
	unsigned long long v = 0;
	for (int i = size - 1; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

static void fmt_float(char *buf, size_t len, const unsigned char *p, int size)
{
	if (size == 4) {
		float f;
		memcpy(&f, p, 4);
		for (int prec = f > -FLT_MIN && f < FLT_MIN ? 1 : FLT_DIG; prec <= 9; prec++) {
			snprintf(buf, len, "%.*g", prec, (double)f);
			if (strtof(buf, 0) == f || f != f)
				return;
		}
	} else {
		double d;
		memcpy(&d, p, 8);
		for (int prec = d > -DBL_MIN && d < DBL_MIN ? 1 : DBL_DIG; prec <= 17; prec++) {
			snprintf(buf, len, "%.*g", prec, d);
			if (strtod(buf, 0) == d || d != d)
				return;
		}
	}
}

static void field(const struct spec *sp, const unsigned char *p)
{
	static const char *names[] = {
		"nul", "soh", "stx", "etx", "eot", "enq", "ack", "bel", "bs", "ht", "nl", "vt",
		"ff", "cr", "so", "si", "dle", "dc1", "dc2", "dc3", "dc4", "nak", "syn", "etb",
		"can", "em", "sub", "esc", "fs", "gs", "rs", "us", "sp",
	};
	char buf[64];
	unsigned long long v;
	int w = sp->width;
	switch (sp->type) {
	case 'a': {
		unsigned c = *p & 127;
		if (c <= 32)
			printf("%*s", w, names[c]);
		else if (c == 127)
			printf("%*s", w, "del");
		else
			printf("%*c", w, (int)c);
		return;
	}
	case 'c': {
		unsigned c = *p;
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
			printf("%*s", w, e);
		else if (c >= 32 && c < 127)
			printf("%*c", w, (int)c);
		else
			printf("%0*o", w, c);
		return;
	}
	case 'o': printf("%0*llo", w, get_le(p, sp->size)); return;
	case 'x': printf("%0*llx", w, get_le(p, sp->size)); return;
	case 'u': printf("%*llu", w, get_le(p, sp->size)); return;
	case 'd': {
		v = get_le(p, sp->size);
		int bits = sp->size * 8;
		long long s = bits < 64 && (v >> (bits - 1)) ? (long long)(v - (1ULL << bits)) :
			      (long long)v;
		printf("%*lld", w, s);
		return;
	}
	case 'f':
		fmt_float(buf, sizeof buf, p, sp->size);
		printf("%*s", w, buf);
		return;
	}
}

static int radix = 'o', addr_width = 7;

static void put_addr(unsigned long long a)
{
	if (radix == 'o')
		printf("%07llo", a);
	else if (radix == 'd')
		printf("%07llu", a);
	else if (radix == 'x')
		printf("%06llx", a);
}

static void put_line(unsigned long long addr, const unsigned char *p, size_t n, size_t bpl)
{
	for (int s = 0; s < nspecs; s++) {
		const struct spec *sp = &specs[s];
		if (!s)
			put_addr(addr);
		else
			printf("%*s", addr_width, "");
		int fields = (int)(bpl / sp->size);
		int with_data = (int)((n + sp->size - 1) / sp->size);
		int blank = 0;
		for (int k = 0; k < fields; k++) {
			/* the padding spread evenly over the fields, as GNU does */
			int sp_before = sp->pad * (fields - k) / fields -
					sp->pad * (fields - k - 1) / fields;
			if (k < with_data) {
				printf("%*s", sp_before, "");
				field(sp, p + k * sp->size);
			} else {
				blank += sp_before + sp->width;
			}
		}
		if (sp->z) {
			printf("%*s  >", blank, "");
			for (size_t i = 0; i < n; i++)
				putchar(p[i] >= 32 && p[i] < 127 ? p[i] : '.');
			putchar('<');
		}
		putchar('\n');
	}
}

int od_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"A(address-radix):j(skip-bytes):N(read-bytes):t(format):v(output-duplicates)"
		"w(width):bcdosxDOXHIilh");
	int c, all = 0;
	unsigned long long skip = 0, limit = ~0ULL, bpl = 16;
	while ((c = opt_next(&o)) != -1) {
		const char *t = 0;
		switch (c) {
		case 'A':
			if (strlen(o.arg) != 1 || !strchr("doxn", o.arg[0])) {
				warn_msg("invalid output address radix '%s'; it must be one character "
					 "from [doxn]", o.arg);
				return 1;
			}
			radix = o.arg[0];
			addr_width = radix == 'n' ? 0 : radix == 'x' ? 6 : 7;
			break;
		case 'j':
			if (parse_offset(o.arg, &skip)) {
				warn_msg("invalid -j argument '%s'", o.arg);
				return 1;
			}
			break;
		case 'N':
			if (parse_offset(o.arg, &limit)) {
				warn_msg("invalid -N argument '%s'", o.arg);
				return 1;
			}
			break;
		case 't': t = o.arg; break;
		case 'v': all = 1; break;
		case 'w':
			if (parse_offset(o.arg, &bpl) || !bpl || bpl > 1 << 20) {
				warn_msg("invalid -w argument '%s'", o.arg);
				return 1;
			}
			break;
		case 'b': t = "o1"; break;
		case 'c': t = "c"; break;
		case 'd': t = "u2"; break;
		case 'o': t = "o2"; break;
		case 's': t = "d2"; break;
		case 'x': case 'h': t = "x2"; break;
		case 'D': t = "u4"; break;
		case 'O': t = "o4"; break;
		case 'X': case 'H': t = "x4"; break;
		case 'I': case 'i': t = "dI"; break;
		case 'l': t = "dL"; break;
		default: return usage();
		}
		if (t && add_spec(t)) {
			warn_msg("invalid type string '%s'", t);
			return 1;
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (!nspecs)
		add_spec("o2");
	/* the line width must hold whole elements of every type */
	for (int i = 0; i < nspecs; i++)
		if (bpl % specs[i].size) {
			warn_msg("warning: invalid width %llu; using %d instead", bpl, 16);
			bpl = 16;
		}
	int width_per_block = 0;
	for (int i = 0; i < nspecs; i++) {
		int fields = (int)(bpl / specs[i].size);
		int w = (specs[i].width + 1) * fields;
		if (w > width_per_block)
			width_per_block = w;
	}
	for (int i = 0; i < nspecs; i++)
		specs[i].pad = width_per_block - specs[i].width * (int)(bpl / specs[i].size);
	struct catin in;
	catin_init(&in, argc, argv);
	if (catin_skip(&in, skip)) {
		fflush(stdout);
		warn_msg("cannot skip past end of combined input");
		return 1;
	}
	unsigned char *line = xmalloc(bpl + 8), *prev = xmalloc(bpl + 8);
	unsigned long long addr = skip, left = limit;
	int have_prev = 0, star = 0;
	for (;;) {
		size_t want = left < bpl ? (size_t)left : (size_t)bpl;
		size_t n = want ? catin_read(&in, line, want) : 0;
		if (!n)
			break;
		memset(line + n, 0, bpl + 8 - n);
		left -= n;
		if (!all && n == bpl && have_prev && !memcmp(line, prev, bpl)) {
			if (!star)
				puts("*");
			star = 1;
		} else {
			put_line(addr, line, n, bpl);
			star = 0;
		}
		addr += n;
		memcpy(prev, line, bpl);
		have_prev = n == bpl;
		if (n < want)
			break;
	}
	if (radix != 'n') {
		put_addr(addr);
		putchar('\n');
	}
	if (in.fd > 0)
		close(in.fd);
	return in.status;
}
