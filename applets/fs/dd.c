/* dd - convert and copy a file
 *
 * APPLET(dd, BIN)
 * usage: dd [OPERAND...]
 *
 * Copy standard input (or if=FILE) to standard output (or of=FILE) in blocks, and
 * report the records and bytes copied on standard error. Sizes take the suffixes
 * c (1) w (2) b (512) K M G T (powers of 1024; kB MB GB powers of 1000) and NxM.
 *
 * if=FILE of=FILE  input and output     bs=N  read and write N bytes at a time
 * ibs=N obs=N  input, output block size (512)   count=N  copy only N input blocks
 * skip=N  skip N input blocks first     seek=N  skip N output blocks first
 * status=none|noxfer|progress   no report | no transfer line | progress every second
 * cbs=N  the record size for conv=block and unblock
 * conv=LIST  notrunc sync noerror fsync fdatasync excl nocreat lcase ucase swab
 *     block (newline-ended records to cbs bytes, padded with spaces), unblock (cbs-byte
 *     records to lines, trailing spaces dropped), sparse (seek over blocks of zeros),
 *     ascii (EBCDIC to ASCII, then unblock if cbs= is given), ebcdic (ASCII to EBCDIC,
 *     block first if cbs= is given), ibm (as ebcdic, to IBM's variant): POSIX's tables
 * iflag=LIST, oflag=LIST  fullblock count_bytes skip_bytes seek_bytes append direct
 *     dsync sync nonblock noatime nofollow noctty directory
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

enum {
	C_NOTRUNC = 1, C_SYNC = 2, C_NOERROR = 4, C_FSYNC = 8, C_FDATASYNC = 16,
	C_EXCL = 32, C_NOCREAT = 64, C_LCASE = 128, C_UCASE = 256, C_SWAB = 512,
	C_BLOCK = 1024, C_UNBLOCK = 2048, C_SPARSE = 4096, C_ASCII = 8192, C_EBCDIC = 16384,
	C_IBM = 32768,
};
enum {
	F_FULLBLOCK = 1, F_COUNT_BYTES = 2, F_SKIP_BYTES = 4, F_SEEK_BYTES = 8,
	F_APPEND = 16, F_DIRECT = 32, F_DSYNC = 64, F_SYNC = 128, F_NONBLOCK = 256,
	F_NOATIME = 512, F_NOFOLLOW = 1024, F_NOCTTY = 2048, F_DIRECTORY = 4096,
};

static unsigned long long in_full, in_part, out_full, out_part, bytes, truncated;
static struct timespec start;
static int status_level = 2;	/* 0 none, 1 noxfer, 2 default, 3 progress */
static int progress_shown;

static const char *keyword_list(const char *arg, const char *const *names, int *out)
{
	*out = 0;
	const char *p = arg;
	while (*p) {
		size_t n = strcspn(p, ",");
		int found = 0;
		for (int i = 0; names[i]; i++)
			if (strlen(names[i]) == n && !strncmp(names[i], p, n)) {
				*out |= 1 << i;
				found = 1;
			}
		if (!found && n) {
			static char bad[256];
			snprintf(bad, sizeof bad, "%.*s", (int)n, p);
			return bad;
		}
		p += n;
		if (*p)
			p++;
	}
	return 0;
}

static int parse_num(const char *s, unsigned long long *out)
{
	const char *x = strchr(s, 'x');
	if (x) {
		char *a = xstrdup(s);
		a[x - s] = 0;
		unsigned long long l, r;
		int bad = parse_num(a, &l) || parse_num(x + 1, &r) || (r && l > ~0ULL / r);
		free(a);
		if (bad)
			return -1;
		*out = l * r;
		return 0;
	}
	size_t n = strlen(s);
	if (n > 1 && (s[n - 1] == 'c' || s[n - 1] == 'w') && s[n - 2] >= '0' && s[n - 2] <= '9') {
		char *a = xstrdup(s);
		a[n - 1] = 0;
		unsigned long long v;
		int bad = parse_size(a, &v);
		free(a);
		if (bad || (s[n - 1] == 'w' && v > ~0ULL / 2))
			return -1;
		*out = s[n - 1] == 'w' ? v * 2 : v;
		return 0;
	}
	return parse_size(s, out);
}

/* n as "1.5 MB" (base 1000) or "1.5 MiB" (base 1024), rounded to nearest. */
static void human(char *buf, size_t len, unsigned long long n, int base)
{
	static const char *si[] = { "kB", "MB", "GB", "TB", "PB", "EB" };
	static const char *iec[] = { "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
	if (n < (unsigned)base) {
		snprintf(buf, len, "%llu B", n);
		return;
	}
	int e = 0;
	unsigned long long div = base;
	while (e < 5 && n / div >= (unsigned)base) {
		div *= base;
		e++;
	}
	/* tenths, rounded to nearest */
	unsigned long long tenths = (unsigned long long)(((unsigned __int128)n * 10 + div / 2) / div);
	if (tenths < 100) {
		snprintf(buf, len, "%llu.%llu %s", tenths / 10, tenths % 10, base == 1000 ? si[e] : iec[e]);
		return;
	}
	unsigned long long v = (n + div / 2) / div;
	if (v >= (unsigned)base && e < 5) {
		snprintf(buf, len, "1.0 %s", base == 1000 ? si[e + 1] : iec[e + 1]);
		return;
	}
	snprintf(buf, len, "%llu %s", v, base == 1000 ? si[e] : iec[e]);
}

static void xfer_line(char *buf, size_t len)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	long long ns = (now.tv_sec - start.tv_sec) * 1000000000LL + (now.tv_nsec - start.tv_nsec);
	if (ns <= 0)
		ns = 1;
	char si[32], iec[32], rate[32], secs[48];
	human(si, sizeof si, bytes, 1000);
	human(iec, sizeof iec, bytes, 1024);
	unsigned long long r = (unsigned long long)((unsigned __int128)bytes * 1000000000u / ns);
	if (!bytes)
		strcpy(rate, "0.0 kB");
	else
		human(rate, sizeof rate, r, 1000);
	/* seconds with 6 significant digits, as %g would, from integer nanoseconds */
	{
		long long digits = ns;	/* value = digits * 10^-9 */
		int exp10 = -9, nd = 0;
		for (long long t = digits; t; t /= 10)
			nd++;
		/* round to 6 significant digits */
		while (nd > 6) {
			long long q = digits / 10, rem = digits % 10;
			digits = q + (rem >= 5);
			exp10++;
			nd--;
			if (digits >= 1000000) {
				digits /= 10;
				exp10++;
			}
		}
		while (digits && digits % 10 == 0) {
			digits /= 10;
			exp10++;
		}
		int sig = 0;
		for (long long t = digits; t; t /= 10)
			sig++;
		int mag = exp10 + sig - 1;	/* the exponent in scientific notation */
		char d[24];
		snprintf(d, sizeof d, "%lld", digits);
		if (mag < -4) {
			if (sig > 1)
				snprintf(secs, sizeof secs, "%c.%se-%02d", d[0], d + 1, -mag);
			else
				snprintf(secs, sizeof secs, "%ce-%02d", d[0], -mag);
		} else if (exp10 >= 0) {
			snprintf(secs, sizeof secs, "%s%0*d", d, exp10, 0);
			if (!exp10)
				snprintf(secs, sizeof secs, "%s", d);
		} else if (mag >= 0) {
			snprintf(secs, sizeof secs, "%.*s.%s", mag + 1, d, d + mag + 1);
		} else {
			snprintf(secs, sizeof secs, "0.%0*d%s", -mag - 1, 0, d);
			if (-mag - 1 == 0)
				snprintf(secs, sizeof secs, "0.%s", d);
		}
	}
	if (bytes < 1000)
		snprintf(buf, len, "%llu byte%s copied, %s s, %s/s", bytes, bytes == 1 ? "" : "s",
			 secs, rate);
	else if (bytes < 1024)
		snprintf(buf, len, "%llu bytes (%s) copied, %s s, %s/s", bytes, si, secs, rate);
	else
		snprintf(buf, len, "%llu bytes (%s, %s) copied, %s s, %s/s", bytes, si, iec, secs,
			 rate);
}

static void report(void)
{
	if (status_level == 0)
		return;
	char line[256];
	if (progress_shown)
		write_str(2, "\n");
	snprintf(line, sizeof line, "%llu+%llu records in\n%llu+%llu records out\n", in_full,
		 in_part, out_full, out_part);
	write_str(2, line);
	if (truncated) {
		snprintf(line, sizeof line, "%llu truncated record%s\n", truncated,
			 truncated == 1 ? "" : "s");
		write_str(2, line);
	}
	if (status_level == 1)
		return;
	xfer_line(line, sizeof line - 1);
	strcat(line, "\n");
	write_str(2, line);
}

static void progress(void)
{
	static time_t last;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (now.tv_sec == last || now.tv_sec - start.tv_sec < 1)
		return;
	last = now.tv_sec;
	char line[256];
	xfer_line(line, sizeof line - 1);
	write_str(2, line);
	write_str(2, "\r");
	progress_shown = 1;
}

static const char *in_name = "standard input", *out_name = "standard output";

static int sparse, seeked;	/* conv=sparse; the last output block was skipped */

static int all_zero(const char *p, size_t n)
{
	return !n || (!p[0] && !memcmp(p, p + 1, n - 1));
}

static int write_out(int fd, const char *p, size_t n, size_t obs)
{
	/* conv=sparse: a whole block of zeros becomes a hole where the output can seek */
	if (sparse && n == obs && all_zero(p, n) && lseek(fd, (off_t)n, SEEK_CUR) >= 0) {
		seeked = 1;
	} else if (full_write(fd, p, n) < 0) {
		warn_errno("error writing '%s'", out_name);
		return -1;
	} else
		seeked = 0;
	if (n == obs)
		out_full++;
	else
		out_part++;
	bytes += n;
	return 0;
}

static char *aligned(size_t n)
{
	char *p = xmalloc(n + 4096);
	return (char *)(((uintptr_t)p + 4095) & ~(uintptr_t)4095);
}

static int open_flags(int f)
{
	int o = 0;
	if (f & F_APPEND) o |= O_APPEND;
#ifdef O_DIRECT
	if (f & F_DIRECT) o |= O_DIRECT;
#endif
	if (f & F_DSYNC) o |= O_DSYNC;
	if (f & F_SYNC) o |= O_SYNC;
	if (f & F_NONBLOCK) o |= O_NONBLOCK;
#ifdef O_NOATIME
	if (f & F_NOATIME) o |= O_NOATIME;
#endif
	if (f & F_NOFOLLOW) o |= O_NOFOLLOW;
	if (f & F_NOCTTY) o |= O_NOCTTY;
	if (f & F_DIRECTORY) o |= O_DIRECTORY;
	return o;
}

/* Output goes through obuf in obs blocks (unless bs= writes what it reads). */
static char *obuf;
static size_t obs_size, ofill;
static int out_fd;

static int put_out(const char *p, size_t n)
{
	while (n) {
		size_t take = obs_size - ofill < n ? obs_size - ofill : n;
		memcpy(obuf + ofill, p, take);
		ofill += take;
		p += take;
		n -= take;
		if (ofill == obs_size) {
			if (write_out(out_fd, obuf, obs_size, obs_size))
				return -1;
			ofill = 0;
		}
	}
	return 0;
}

/* POSIX's ASCII to EBCDIC table (conv=ebcdic); conv=ascii is its inverse, as it is a
 * permutation of the 256 bytes. */
static const unsigned char to_ebcdic[256] = {
	0x00, 0x01, 0x02, 0x03, 0x37, 0x2d, 0x2e, 0x2f, 0x16, 0x05, 0x25, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
	0x10, 0x11, 0x12, 0x13, 0x3c, 0x3d, 0x32, 0x26, 0x18, 0x19, 0x3f, 0x27, 0x1c, 0x1d, 0x1e, 0x1f,
	0x40, 0x5a, 0x7f, 0x7b, 0x5b, 0x6c, 0x50, 0x7d, 0x4d, 0x5d, 0x5c, 0x4e, 0x6b, 0x60, 0x4b, 0x61,
	0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0x7a, 0x5e, 0x4c, 0x7e, 0x6e, 0x6f,
	0x7c, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6,
	0xd7, 0xd8, 0xd9, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xad, 0xe0, 0xbd, 0x9a, 0x6d,
	0x79, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96,
	0x97, 0x98, 0x99, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xc0, 0x4f, 0xd0, 0x5f, 0x07,
	0x20, 0x21, 0x22, 0x23, 0x24, 0x15, 0x06, 0x17, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x09, 0x0a, 0x1b,
	0x30, 0x31, 0x1a, 0x33, 0x34, 0x35, 0x36, 0x08, 0x38, 0x39, 0x3a, 0x3b, 0x04, 0x14, 0x3e, 0xe1,
	0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57,
	0x58, 0x59, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75,
	0x76, 0x77, 0x78, 0x80, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x6a, 0x9b, 0x9c, 0x9d, 0x9e,
	0x9f, 0xa0, 0xaa, 0xab, 0xac, 0x4a, 0xae, 0xaf, 0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7,
	0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xa1, 0xbe, 0xbf, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf, 0xda, 0xdb,
	0xdc, 0xdd, 0xde, 0xdf, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff,
};

/* conv=ibm differs in five places (and is not a permutation: no byte gives 0x4a or
 * 0x6a, two give 0xad and two 0xbd). */
static const unsigned char ibm_diff[][2] = {
	{ '^', 0x5f }, { '~', 0xa1 }, { 0xcb, 0x9a }, { 0xd5, 0xad }, { 0xe5, 0xbd },
};

/* The byte map of conv=ascii, ebcdic, ibm, lcase and ucase together: case is changed
 * on the ASCII side, after EBCDIC to ASCII or before ASCII to EBCDIC. */
static void make_table(int conv, unsigned char *t)
{
	for (int i = 0; i < 256; i++)
		t[i] = (unsigned char)i;
	if (conv & C_ASCII)
		for (int i = 0; i < 256; i++)
			t[to_ebcdic[i]] = (unsigned char)i;
	for (int i = 0; i < 256; i++) {
		if ((conv & C_LCASE) && t[i] >= 'A' && t[i] <= 'Z')
			t[i] += 32;
		else if ((conv & C_UCASE) && t[i] >= 'a' && t[i] <= 'z')
			t[i] -= 32;
	}
	if (conv & (C_EBCDIC | C_IBM)) {
		unsigned char e[256];
		memcpy(e, to_ebcdic, sizeof e);
		if (conv & C_IBM)
			for (size_t k = 0; k < sizeof ibm_diff / sizeof ibm_diff[0]; k++)
				e[ibm_diff[k][0]] = ibm_diff[k][1];
		for (int i = 0; i < 256; i++)
			t[i] = e[t[i]];
	}
}

/* conv=block and unblock: col is the position in the current record. The input is
 * converted before, so with conv=ebcdic or ibm newline and space are EBCDIC's. */
static size_t cbs, col;
static char *rec;
static char newline = '\n', space = ' ';

static int block(const char *p, size_t n)
{
	static char spaces[64];
	if (spaces[0] != space)
		memset(spaces, space, sizeof spaces);
	for (size_t i = 0; i < n; i++) {
		if (p[i] == newline) {
			for (size_t left = col < cbs ? cbs - col : 0; left;) {
				size_t k = left < sizeof spaces ? left : sizeof spaces;
				if (put_out(spaces, k))
					return -1;
				left -= k;
			}
			col = 0;
			continue;
		}
		if (col < cbs) {
			if (put_out(p + i, 1))
				return -1;
		} else if (col == cbs)
			truncated++;
		col++;
	}
	return 0;
}

static int unblock_record(void)
{
	size_t n = col;
	while (n && rec[n - 1] == space)
		n--;
	col = 0;
	return put_out(rec, n) || put_out(&newline, 1) ? -1 : 0;
}

static int unblock(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		rec[col++] = p[i];
		if (col == cbs && unblock_record())
			return -1;
	}
	return 0;
}

static void on_signal(int sig)
{
	report();
	signal(sig, SIG_DFL);
	raise(sig);
}

int dd_main(int argc, char **argv)
{
	static const char *const convs[] = { "notrunc", "sync", "noerror", "fsync", "fdatasync",
					     "excl", "nocreat", "lcase", "ucase", "swab", "block",
					     "unblock", "sparse", "ascii", "ebcdic", "ibm", 0 };
	static const char *const flags[] = { "fullblock", "count_bytes", "skip_bytes",
					     "seek_bytes", "append", "direct", "dsync", "sync",
					     "nonblock", "noatime", "nofollow", "noctty",
					     "directory", 0 };
	const char *ifile = 0, *ofile = 0;
	unsigned long long ibs = 512, obs = 512, bs = 0, count = ~0ULL, skip = 0, seek = 0;
	unsigned long long cbs_arg = 0;
	int conv = 0, iflag = 0, oflag = 0, have_bs = 0, status = 0;
	if (argc > 1 && !strcmp(argv[1], "--"))
		argv++, argc--;
	for (int i = 1; i < argc; i++) {
		char *a = argv[i], *eq = strchr(a, '=');
		if (!eq) {
			warn_msg("unrecognized operand '%s'", a);
			return usage();
		}
		size_t kl = eq - a;
		const char *v = eq + 1;
		unsigned long long *num = 0;
#define KEY(k) (kl == sizeof(k) - 1 && !strncmp(a, k, kl))
		if (KEY("if"))
			ifile = v;
		else if (KEY("of"))
			ofile = v;
		else if (KEY("ibs"))
			num = &ibs;
		else if (KEY("obs"))
			num = &obs;
		else if (KEY("bs"))
			num = &bs, have_bs = 1;
		else if (KEY("cbs"))
			num = &cbs_arg;
		else if (KEY("count"))
			num = &count;
		else if (KEY("skip") || KEY("iseek"))
			num = &skip;
		else if (KEY("seek") || KEY("oseek"))
			num = &seek;
		else if (KEY("status")) {
			if (!strcmp(v, "none"))
				status_level = 0;
			else if (!strcmp(v, "noxfer"))
				status_level = 1;
			else if (!strcmp(v, "progress"))
				status_level = 3;
			else {
				warn_msg("invalid status level: '%s'", v);
				return usage();
			}
		} else if (KEY("conv") || KEY("iflag") || KEY("oflag")) {
			int f;
			const char *bad = keyword_list(v, KEY("conv") ? convs : flags, &f);
			if (bad) {
				warn_msg("invalid %s: '%s'", KEY("conv") ? "conversion" :
					 KEY("iflag") ? "input flag" : "output flag", bad);
				return usage();
			}
			if (KEY("conv"))
				conv |= f;
			else if (KEY("iflag"))
				iflag |= f;
			else
				oflag |= f;
		} else {
			warn_msg("unrecognized operand '%s'", a);
			return usage();
		}
		if (num) {
			unsigned long long val;
			if (parse_num(v, &val) || ((num == &ibs || num == &obs || num == &bs ||
						    num == &cbs_arg) && (!val || val > (1ULL << 31)))) {
				warn_msg("invalid number: '%s'", v);
				return 1;
			}
			*num = val;
		}
	}
	int charset = conv & (C_ASCII | C_EBCDIC | C_IBM);
	if (charset & (charset - 1)) {
		warn_msg("cannot combine any two of {ascii,ebcdic,ibm}");
		return usage();
	}
	/* EBCDIC comes in fixed records: ascii implies unblock, ebcdic and ibm block */
	if (conv & C_ASCII)
		conv |= C_UNBLOCK;
	if (conv & (C_EBCDIC | C_IBM))
		conv |= C_BLOCK;
	/* GNU: without cbs= there are no records to convert, nor conflicts between them */
	if (!cbs_arg)
		conv &= ~(C_BLOCK | C_UNBLOCK);
	if ((conv & C_BLOCK) && (conv & C_UNBLOCK)) {
		warn_msg("cannot combine block and unblock");
		return usage();
	}
	if ((conv & C_LCASE) && (conv & C_UCASE)) {
		warn_msg("cannot combine lcase and ucase");
		return usage();
	}
	cbs = cbs_arg;
	sparse = !!(conv & C_SPARSE);
	if ((conv & C_EXCL) && (conv & C_NOCREAT)) {
		warn_msg("cannot combine excl and nocreat");
		return usage();
	}
	if (have_bs)
		ibs = obs = bs;
	/* bs= writes each block as it was read, unless records change its length */
	int direct = have_bs && !(conv & (C_BLOCK | C_UNBLOCK | C_SWAB));
	int in = 0, out = 1;
	if (ifile) {
		in_name = ifile;
		in = open(ifile, O_RDONLY | O_CLOEXEC | open_flags(iflag));
		if (in < 0) {
			warn_errno("failed to open '%s'", ifile);
			return 1;
		}
	}
	if (skip && !(iflag & F_SKIP_BYTES) && skip > ~0ULL / ibs) {
		warn_msg("invalid number: skip too large");
		return 1;
	}
	unsigned long long skip_bytes = iflag & F_SKIP_BYTES ? skip : skip * ibs;
	unsigned long long seek_bytes = oflag & F_SEEK_BYTES ? seek : seek * obs;
	if (ofile) {
		out_name = ofile;
		int fl = O_WRONLY | O_CLOEXEC | open_flags(oflag);
		if (!(conv & C_NOCREAT))
			fl |= O_CREAT;
		if (conv & C_EXCL)
			fl |= O_EXCL;
		if (!(conv & C_NOTRUNC) && !(oflag & F_APPEND) && !seek_bytes)
			fl |= O_TRUNC;
		out = open(ofile, fl, 0666);
		if (out < 0 && errno == EISDIR)
			errno = EISDIR;
		if (out < 0) {
			warn_errno("failed to open '%s'", ofile);
			return 1;
		}
		struct stat st;
		if (seek_bytes && !(conv & C_NOTRUNC) && !(oflag & F_APPEND) && !fstat(out, &st) &&
		    S_ISREG(st.st_mode) && ftruncate(out, (off_t)seek_bytes)) {
			warn_errno("failed to truncate to %llu bytes in output file '%s'", seek_bytes,
				   ofile);
			return 1;
		}
	} else if (oflag & F_APPEND) {
		int fl = fcntl(1, F_GETFL);
		if (fl >= 0)
			fcntl(1, F_SETFL, fl | O_APPEND);
	}
	clock_gettime(CLOCK_MONOTONIC, &start);
	if (status_level) {
		signal(SIGINT, on_signal);
		signal(SIGTERM, on_signal);
	}
	char *ibuf = aligned(ibs + 1);	/* + a byte conv=swab held back */
	obuf = direct ? 0 : aligned(obs);
	obs_size = obs;
	out_fd = out;
	if (conv & C_UNBLOCK)
		rec = xmalloc(cbs);
	unsigned char table[256];
	int translate = !!(conv & (C_ASCII | C_EBCDIC | C_IBM | C_LCASE | C_UCASE));
	if (translate)
		make_table(conv, table);
	if (conv & (C_EBCDIC | C_IBM))
		newline = (char)table['\n'], space = (char)table[' '];
	/* skip input: seek, or read and throw away */
	if (skip_bytes && lseek(in, (off_t)skip_bytes, SEEK_CUR) < 0) {
		unsigned long long left = skip_bytes;
		while (left) {
			ssize_t n = safe_read(in, ibuf, left < ibs ? left : ibs);
			if (n < 0) {
				warn_errno("error reading '%s'", in_name);
				report();
				return 1;
			}
			if (!n) {
				warn_msg("'%s': cannot skip to specified offset", in_name);
				break;
			}
			left -= n;
		}
	}
	if (seek_bytes && lseek(out, (off_t)seek_bytes, SEEK_CUR) < 0) {
		/* not seekable: write zeros */
		memset(ibuf, 0, ibs);
		unsigned long long left = seek_bytes;
		while (left) {
			size_t n = left < ibs ? left : ibs;
			if (full_write(out, ibuf, n) < 0) {
				warn_errno("error writing '%s'", out_name);
				report();
				return 1;
			}
			left -= n;
		}
	}
	unsigned long long done_in = 0, in_bytes = 0;
	int swab_held = 0;
	char swab_byte = 0;
	for (;;) {
		if (iflag & F_COUNT_BYTES ? in_bytes >= count : done_in >= count)
			break;
		size_t want = ibs;
		if ((iflag & F_COUNT_BYTES) && count - in_bytes < want)
			want = count - in_bytes;
		size_t got = 0;
		int err = 0;
		while (got < want) {
			ssize_t n = safe_read(in, ibuf + got, want - got);
			if (n < 0) {
				err = errno;
				break;
			}
			if (!n)
				break;
			got += n;
			if (!(iflag & F_FULLBLOCK))
				break;
		}
		size_t filled = got;	/* read; conv=noerror,sync pads the rest of a bad block */
		if (err) {
			errno = err;
			warn_errno("error reading '%s'", in_name);
			if (!(conv & C_NOERROR)) {
				status = 1;
				if (!got)
					break;
			} else {
				status = 1;
				/* skip the bad block and go on (conv=sync pads it below) */
				lseek(in, (off_t)(want - got), SEEK_CUR);
				if (conv & C_SYNC)
					got = want;
				if (!got) {
					in_part++;
					done_in++;
					continue;
				}
			}
		}
		if (!got)
			break;
		done_in++;
		in_bytes += got;
		if (got == ibs)
			in_full++;
		else
			in_part++;
		if (translate)
			for (size_t i = 0; i < filled; i++)
				ibuf[i] = (char)table[(unsigned char)ibuf[i]];
		/* POSIX: sync pads with spaces when there are records to block or unblock;
		 * done after conversion, so conv=ascii pads with ASCII spaces, which unblock
		 * drops (GNU pads before, and gets 0x80 bytes) */
		if ((conv & C_SYNC) && filled < ibs) {
			memset(ibuf + filled, conv & (C_BLOCK | C_UNBLOCK) ? space : 0, ibs - filled);
			got = ibs;
		}
		if (conv & C_SWAB) {
			/* pairs run across reads: an odd byte waits for the next one (as GNU) */
			if (swab_held) {
				memmove(ibuf + 1, ibuf, got);
				ibuf[0] = swab_byte;
				got++;
			}
			swab_held = got % 2;
			if (swab_held)
				swab_byte = ibuf[--got];
			for (size_t i = 0; i + 1 < got; i += 2) {
				char t = ibuf[i];
				ibuf[i] = ibuf[i + 1];
				ibuf[i + 1] = t;
			}
		}
		int bad;
		if (direct)
			bad = write_out(out, ibuf, got, obs);
		else if (conv & C_BLOCK)
			bad = block(ibuf, got);
		else if (conv & C_UNBLOCK)
			bad = unblock(ibuf, got);
		else
			bad = put_out(ibuf, got);
		if (bad) {
			status = 1;
			goto done;
		}
		if (status_level == 3)
			progress();
		if (err && !(conv & C_NOERROR))
			break;
	}
	/* the last record: padded (block) or cut to a line (unblock) like the others; what
	 * was read goes out after a read error too (POSIX), only a write error stops it */
	int werr = 0;
	if (swab_held)
		werr = (conv & C_BLOCK ? block(&swab_byte, 1) :
			conv & C_UNBLOCK ? unblock(&swab_byte, 1) : put_out(&swab_byte, 1)) != 0;
	if (!werr && (conv & C_BLOCK) && col)
		werr = block(&newline, 1) != 0;
	if (!werr && (conv & C_UNBLOCK) && col)
		werr = unblock_record() != 0;
	if (!werr && ofill)
		werr = write_out(out, obuf, ofill, obs) != 0;
	/* a hole at the end needs the file size set, as no write did it */
	struct stat ost;
	off_t end;
	if (!werr && seeked && (end = lseek(out, 0, SEEK_CUR)) >= 0 && !fstat(out, &ost) &&
	    S_ISREG(ost.st_mode) && ost.st_size < end && ftruncate(out, end)) {
		warn_errno("failed to truncate to %lld bytes in output file '%s'", (long long)end,
			   out_name);
		werr = 1;
	}
	if (!werr && (conv & C_FSYNC) && fsync(out)) {
		warn_errno("fsync failed for '%s'", out_name);
		werr = 1;
	} else if (!werr && (conv & C_FDATASYNC) && fdatasync(out)) {
		warn_errno("fdatasync failed for '%s'", out_name);
		werr = 1;
	}
	if (werr)
		status = 1;
	if (ofile && close(out)) {
		warn_errno("closing output file '%s'", out_name);
		status = 1;
	}
done:
	report();
	return status;
}
