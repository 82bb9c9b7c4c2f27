/* cat - concatenate files
 *
 * APPLET(cat, BIN)
 * usage: cat [-u] [-nbsvETAet] [FILE...]
 *
 * Copy each FILE (- is standard input, the default) to standard output.
 *
 * -u  unbuffered (always the case; accepted for POSIX)
 * -n  number all output lines (--number)
 * -b  number nonblank output lines, overrides -n (--number-nonblank)
 * -s  squeeze repeated empty lines into one (--squeeze-blank)
 * -v  show control characters as ^X and high bytes as M-X (--show-nonprinting)
 * -E  show $ at the end of each line (--show-ends)
 * -T  show tabs as ^I (--show-tabs)
 * -A  same as -vET (--show-all)
 * -e  same as -vE
 * -t  same as -vT
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

enum {
	NUMBER = 1, NONBLANK = 2, SQUEEZE = 4, SHOW_NP = 8, SHOW_ENDS = 16, SHOW_TABS = 32,
};

enum { IN_SIZE = 64 << 10, OUT_SIZE = 256 << 10, SLACK = 64 };

/* State that carries from one file to the next, as in GNU cat. */
static struct {
	int flags;
	int at_bol, prev_blank;
	int pending_cr;		/* -E: a \r held back, as \r\n shows as ^M$ (GNU 9) */
	unsigned long long line;
	size_t outlen;
	char *in, *out;
} st = { 0, 1, 0, 0, 0, 0, 0, 0 };

static int flush_out(void)
{
	if (st.outlen && full_write(1, st.out, st.outlen) < 0)
		return -1;
	st.outlen = 0;
	return 0;
}

static void put_number(void)
{
	char digits[24];
	int n = 0;
	unsigned long long v = ++st.line;
	do
		digits[n++] = '0' + v % 10;
	while (v /= 10);
	for (int pad = 6 - n; pad > 0; pad--)
		st.out[st.outlen++] = ' ';
	while (n)
		st.out[st.outlen++] = digits[--n];
	st.out[st.outlen++] = '\t';
}

/* How -v shows each byte: ^X for controls, M- before high bytes, ^? for DEL. */
static struct { char s[4]; unsigned char len; } vis[256];

static void make_vis(void)
{
	for (unsigned c = 0; c < 256; c++) {
		char *o = vis[c].s;
		unsigned v = c;
		if (v >= 128) {
			*o++ = 'M';
			*o++ = '-';
			v -= 128;
		}
		if (v < 32 || v == 127) {
			*o++ = '^';
			*o++ = v == 127 ? '?' : v + 64;
		} else {
			*o++ = v;
		}
		vis[c].len = o - vis[c].s;
	}
}

/* Copies a run of bytes that need no translation. */
static int copy_run(const unsigned char *p, size_t len)
{
	while (len) {
		size_t room = OUT_SIZE - st.outlen;
		if (room < SLACK) {
			if (flush_out())
				return -1;
			continue;
		}
		size_t n = len < room ? len : room;
		memcpy(st.out + st.outlen, p, n);
		st.outlen += n;
		p += n;
		len -= n;
	}
	return 0;
}

/* Format len bytes of input into the output buffer, writing it out as it fills. */
static int format(const unsigned char *p, size_t len)
{
	int f = st.flags;
	for (size_t i = 0; i < len; i++) {
		unsigned c = p[i];
		if (st.outlen > OUT_SIZE - SLACK && flush_out())
			return -1;
		if (st.pending_cr) {
			st.pending_cr = 0;
			if (c == '\n') {
				st.out[st.outlen++] = '^';
				st.out[st.outlen++] = 'M';
			} else
				st.out[st.outlen++] = '\r';
		}
		if (st.at_bol) {
			if (c == '\n') {
				if ((f & SQUEEZE) && st.prev_blank)
					continue;
				st.prev_blank = 1;
				if ((f & NUMBER) && !(f & NONBLANK))
					put_number();
				if (f & SHOW_ENDS)
					st.out[st.outlen++] = '$';
				st.out[st.outlen++] = '\n';
				continue;
			}
			st.prev_blank = 0;
			st.at_bol = 0;
			if (f & (NUMBER | NONBLANK))
				put_number();
		}
		if (!(f & (SHOW_NP | SHOW_TABS)) && c != '\n') {
			/* the rest of the line goes out as it is */
			const unsigned char *nl = memchr(p + i, '\n', len - i);
			size_t run = nl ? (size_t)(nl - (p + i)) : len - i;
			int cr = (f & SHOW_ENDS) && p[i + run - 1] == '\r';
			if (copy_run(p + i, run - cr))
				return -1;
			st.pending_cr = cr;
			i += run - 1;
			continue;
		}
		char *o = st.out + st.outlen;
		if (c == '\n') {
			if (f & SHOW_ENDS)
				*o++ = '$';
			*o++ = '\n';
			st.at_bol = 1;
		} else if (c == '\t') {
			if (f & SHOW_TABS) {
				*o++ = '^';
				*o++ = 'I';
			} else {
				*o++ = '\t';
			}
		} else if (c == '\r' && (f & SHOW_ENDS) && !(f & SHOW_NP)) {
			st.pending_cr = 1;
		} else if (!(f & SHOW_NP)) {
			*o++ = c;
		} else {
			memcpy(o, vis[c].s, 4);
			o += vis[c].len;
		}
		st.outlen = o - st.out;
	}
	return 0;
}

/* Returns 0, 1 for a read error (reported), -1 for a write error (not reported). */
static int cat_formatted(int fd, const char *name)
{
	for (;;) {
		/* write what we have before a read that may block (pipes, terminals) */
		if (flush_out())
			return -1;
		ssize_t n = safe_read(fd, st.in, IN_SIZE);
		if (n == 0)
			return 0;
		if (n < 0) {
			warn_errno("%s", name);
			return 1;
		}
		if (format((unsigned char *)st.in, n))
			return -1;
	}
}

/* cat f >> f would never end: refuse a regular input that is the output while
 * there is input left to read (as GNU cat does). */
static int is_output(int fd, const struct stat *out)
{
	struct stat in;
	if (!out || fstat(fd, &in) || !S_ISREG(in.st_mode))
		return 0;
	if (in.st_dev != out->st_dev || in.st_ino != out->st_ino)
		return 0;
	off_t pos = lseek(fd, 0, SEEK_CUR);
	return pos >= 0 && pos < in.st_size;
}

int cat_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"un(number)b(number-nonblank)s(squeeze-blank)v(show-nonprinting)"
		"E(show-ends)T(show-tabs)A(show-all)et");
	int c, status = 0;
	st.flags = st.prev_blank = 0;
	st.at_bol = 1;
	st.line = 0;
	st.outlen = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'u': break;
		case 'n': st.flags |= NUMBER; break;
		case 'b': st.flags |= NONBLANK; break;
		case 's': st.flags |= SQUEEZE; break;
		case 'v': st.flags |= SHOW_NP; break;
		case 'E': st.flags |= SHOW_ENDS; break;
		case 'T': st.flags |= SHOW_TABS; break;
		case 'A': st.flags |= SHOW_NP | SHOW_ENDS | SHOW_TABS; break;
		case 'e': st.flags |= SHOW_NP | SHOW_ENDS; break;
		case 't': st.flags |= SHOW_NP | SHOW_TABS; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	static char *dash[] = { "-", 0 };
	if (!argc) {
		argv = dash;
		argc = 1;
	}
	if (st.flags) {
		st.in = xmalloc(IN_SIZE);
		st.out = xmalloc(OUT_SIZE);
		make_vis();
	}
	struct stat outst;
	int have_out = !fstat(1, &outst) && S_ISREG(outst.st_mode);

	for (int i = 0; i < argc; i++) {
		const char *name = argv[i];
		int fd = open_input(name);
		if (fd < 0) {
			status = 1;
			continue;
		}
		int r;
		if (is_output(fd, have_out ? &outst : 0)) {
			warn_msg("%s: input file is output file", name);
			r = 1;
		} else if (st.flags) {
			r = cat_formatted(fd, name);
		} else {
			int failed = -1;
			r = copy_fd(fd, 1, &failed);
			if (r < 0 && failed == fd) {
				warn_errno("%s", name);
				r = 1;
			}
		}
		int err = errno;
		if (fd)
			close(fd);
		if (r < 0) {
			errno = err;
			warn_errno("write error");
			status = 1;
			st.outlen = 0;
			break;
		}
		if (r)
			status = 1;
	}
	if (st.pending_cr)
		st.out[st.outlen++] = '\r';
	if (st.flags && flush_out()) {
		warn_errno("write error");
		status = 1;
	}
	free(st.in);
	free(st.out);
	st.in = st.out = 0;
	return status;
}
