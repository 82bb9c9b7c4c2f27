/* base64 - encode or decode base64 data
 *
 * APPLET(base64, USR_BIN)
 * usage: base64 [-di] [-w COLS] [FILE]
 *
 * Encode FILE (- or none: standard input) as base64 on standard output, or decode it.
 *
 * -d, --decode  decode            -i, --ignore-garbage  when decoding, skip non-alphabet bytes
 * -w, --wrap=COLS  break encoded lines after COLS characters (default 76, 0: never)
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static const char alphabet[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int encode(int fd, const char *name, unsigned long wrap)
{
	static unsigned char in[3 * 16384];
	static char out[4 * 16384 + 4 * 16384 / 1 + 16];
	unsigned long col = 0;
	size_t have = 0;
	for (;;) {
		ssize_t n = safe_read(fd, in + have, sizeof in - have);
		if (n < 0) {
			warn_errno("%s", name);
			return 1;
		}
		have += n;
		int eof = n == 0;
		if (!eof && have < sizeof in)
			continue;
		size_t whole = eof ? have : have / 3 * 3, o = 0;
		for (size_t i = 0; i < whole; i += 3) {
			char q[5];
			base64_encode(q, in + i, whole - i < 3 ? whole - i : 3);
			for (int k = 0; k < 4; k++) {
				out[o++] = q[k];
				if (wrap && ++col == wrap) {
					out[o++] = '\n';
					col = 0;
				}
			}
			if (o > sizeof out - 16) {
				fwrite(out, 1, o, stdout);
				o = 0;
			}
		}
		fwrite(out, 1, o, stdout);
		memmove(in, in + whole, have - whole);
		have -= whole;
		if (eof)
			break;
	}
	if (wrap && col)
		putchar('\n');
	return 0;
}

static int decode(int fd, const char *name, int ignore)
{
	static signed char val[256];
	static unsigned char in[65536], out[65536];
	memset(val, -1, sizeof val);
	for (int i = 0; i < 64; i++)
		val[(unsigned char)alphabet[i]] = (signed char)i;
	unsigned acc = 0;
	int nacc = 0, pad = 0;
	ssize_t n;
	while ((n = safe_read(fd, in, sizeof in)) > 0) {
		size_t o = 0;
		for (ssize_t i = 0; i < n; i++) {
			unsigned char ch = in[i];
			if (ch == '\n')
				continue;
			if (ch == '=') {
				pad++;
				continue;
			}
			int v = val[ch];
			if (v < 0 || pad) {
				if (ignore && v < 0)
					continue;
				fwrite(out, 1, o, stdout);
				warn_msg("invalid input");
				return 1;
			}
			acc = acc << 6 | (unsigned)v;
			if (++nacc == 4) {
				out[o++] = (unsigned char)(acc >> 16);
				out[o++] = (unsigned char)(acc >> 8);
				out[o++] = (unsigned char)acc;
				nacc = 0;
				acc = 0;
			}
		}
		fwrite(out, 1, o, stdout);
	}
	if (n < 0) {
		warn_errno("%s", name);
		return 1;
	}
	if (nacc == 2)
		putchar((int)(acc >> 4));
	else if (nacc == 3) {
		putchar((int)(acc >> 10));
		putchar((int)((acc >> 2) & 255));
	}
	/* a last group of 2 or 3 characters needs its "=" padding, as GNU wants it */
	if (nacc == 1 || (nacc && pad + nacc != 4) || (!nacc && pad)) {
		warn_msg("invalid input");
		return 1;
	}
	return 0;
}

int base64_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "d(decode)i(ignore-garbage)w(wrap):");
	int c, dec = 0, ignore = 0;
	unsigned long wrap = 76;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'd': dec = 1; break;
		case 'i': ignore = 1; break;
		case 'w': {
			char *end;
			wrap = strtoul(o.arg, &end, 10);
			if (!*o.arg || *end || *o.arg == '-') {
				warn_msg("invalid wrap size: '%s'", o.arg);
				return 1;
			}
			break;
		}
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc > 1) {
		warn_msg("extra operand '%s'", argv[1]);
		return usage();
	}
	const char *name = argc ? argv[0] : "-";
	int fd = open_input(name);
	if (fd < 0)
		return 1;
	int r = dec ? decode(fd, name, ignore) : encode(fd, name, wrap);
	if (fd)
		close(fd);
	return r;
}
