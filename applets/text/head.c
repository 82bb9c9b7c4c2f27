/* head - output the first part of files
 *
 * APPLET(head, USR_BIN)
 * usage: head [-n [-]LINES | -c [-]BYTES] [-qvz] [FILE...]
 *
 * Copy the first 10 lines of each FILE (- is standard input, the default) to
 * standard output. With several files, each is preceded by a "==> FILE <==" header.
 * Counts take the suffixes b (512), kB (1000), K (1024), MB, M, GB, G...
 *
 * -n N   the first N lines; -n -N all but the last N lines (--lines)
 * -c N   the first N bytes; -c -N all but the last N bytes (--bytes)
 * -N     same as -n N
 * -q     never print headers (--quiet, --silent)
 * -v     always print headers (--verbose)
 * -z     lines end with NUL, not newline (--zero-terminated)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

enum { BUFSZ = 128 << 10 };

static char eol = '\n';
/* Give back what was read past the part printed, so "(head -n 1; cat) <file" works. */
static void unread(int fd, size_t extra)
{
	if (extra)
		lseek(fd, -(off_t)extra, SEEK_CUR);
}

/* First n lines (bytes when by_bytes). 0, or -1 on a read error, errno set. */
static int head_first(int fd, unsigned long long n, int by_bytes, char *buf)
{
	while (n) {
		ssize_t r = safe_read(fd, buf, BUFSZ);
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		size_t take = ht_skip(buf, r, &n, by_bytes, eol);
		if (ht_out(buf, take))
			return 0;
		if (!n)
			unread(fd, r - take);
	}
	return 0;
}

/* All but the last n bytes. */
static int head_but_bytes(int fd, unsigned long long n, char *rbuf)
{
	struct stat st;
	off_t pos;
	if (!fstat(fd, &st) && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    (pos = lseek(fd, 0, SEEK_CUR)) >= 0 && pos <= st.st_size) {
		unsigned long long left = st.st_size - pos;
		if (left <= n)
			return 0;
		return head_first(fd, left - n, 1, rbuf);
	}
	/* keep the last n bytes back */
	size_t cap = BUFSZ, len = 0;
	if (n > (unsigned long long)((size_t)-1 / 2 - BUFSZ))
		n = (size_t)-1 / 2 - BUFSZ;
	char *buf = 0;
	for (;;) {
		if (!buf || cap - len < BUFSZ) {
			while (cap - len < BUFSZ)
				cap *= 2;
			buf = xrealloc(buf, cap);
		}
		ssize_t r = safe_read(fd, buf + len, BUFSZ);
		if (r < 0) {
			free(buf);
			return -1;
		}
		if (r == 0)
			break;
		len += r;
		if (len > n + BUFSZ) {
			size_t emit = len - n;
			if (ht_out(buf, emit))
				break;
			memmove(buf, buf + emit, n);
			len = n;
		}
	}
	if (len > n)
		ht_out(buf, len - n);
	free(buf);
	return 0;
}

/* All but the last n lines: hold back just enough to hold them. */
static int head_but_lines(int fd, unsigned long long n, char *unused)
{
	size_t cap = BUFSZ * 2, len = 0, scanned = 0, nl = 0;
	char *buf = xmalloc(cap);
	int err = 0;
	for (;;) {
		if (cap - len < BUFSZ)
			buf = xrealloc(buf, cap *= 2);
		ssize_t r = safe_read(fd, buf + len, BUFSZ);
		if (r < 0) {
			err = -1;
			break;
		}
		if (r == 0)
			break;
		len += r;
		/* count the newlines held */
		const char *p = buf + scanned, *end = buf + len;
		while ((p = memchr(p, eol, end - p))) {
			p++;
			nl++;
		}
		scanned = len;
		if (nl > n) {
			/* emit up to and including the (nl - n)th newline */
			size_t k = nl - n;
			const char *q = buf;
			while (k--)
				q = (const char *)memchr(q, eol, buf + len - q) + 1;
			size_t emit = q - buf;
			if (ht_out(buf, emit))
				break;
			memmove(buf, q, len - emit);
			len -= emit;
			scanned = len;
			nl = n;
		}
	}
	if (!err && !ht_write_failed) {
		/* a last line without its newline is one of the n */
		size_t lines = nl + (len && buf[len - 1] != eol);
		if (lines > n) {
			size_t k = lines - n;
			const char *q = buf;
			while (k--)
				q = (const char *)memchr(q, eol, buf + len - q) + 1;
			ht_out(buf, q - buf);
		}
	}
	free(buf);
	return err;
}

int head_main(int argc, char **argv)
{
	const char *count = "10";
	int by_bytes = 0, headers = -1;
	char obsolete[64];
	/* head -5, head -5c */
	if (argc > 1 && argv[1][0] == '-' && argv[1][1] >= '0' && argv[1][1] <= '9') {
		size_t len = strspn(argv[1] + 1, "0123456789");
		const char *suf = argv[1] + 1 + len;
		if (len < 40 && (!*suf || (!suf[1] && strchr("cbklmq v", *suf)))) {
			memcpy(obsolete, argv[1] + 1, len);
			obsolete[len] = 0;
			count = obsolete;
			if (*suf == 'c')
				by_bytes = 1;
			else if (*suf == 'b' || *suf == 'k' || *suf == 'm') {
				by_bytes = 1;
				obsolete[len] = *suf == 'k' ? 'K' : *suf == 'm' ? 'M' : 'b';
				obsolete[len + 1] = 0;
			} else if (*suf == 'q')
				headers = 0;
			else if (*suf == 'v')
				headers = 1;
			argv[1] = argv[0];
			argv++;
			argc--;
		}
	}
	struct opt o = OPT_INIT(argc, argv, "n(lines):c(bytes):q(quiet)(silent)v(verbose)z(zero-terminated)");
	int c;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'n': count = o.arg; by_bytes = 0; break;
		case 'c': count = o.arg; by_bytes = 1; break;
		case 'q': headers = 0; break;
		case 'v': headers = 1; break;
		case 'z': eol = 0; break;
		default: return usage();
		}
	}
	int neg;
	unsigned long long n;
	if (ht_count(count, &neg, &n, by_bytes ? "bytes" : "lines"))
		return 1;
	neg = neg == '-';
	argc -= o.ind;
	argv += o.ind;
	char *stdin_only[] = { "-", 0 };
	if (!argc) {
		argv = stdin_only;
		argc = 1;
	}
	if (headers < 0)
		headers = argc > 1;
	char *buf = xmalloc_page(BUFSZ);
	int status = 0, first = 1;
	for (int i = 0; i < argc && !ht_write_failed; i++) {
		const char *name = argv[i];
		int fd = open_input(name);
		if (fd < 0) {
			status = 1;
			continue;
		}
		if (headers)
			ht_header(name, first);
		first = 0;
		int r;
		if (!neg)
			r = head_first(fd, n, by_bytes, buf);
		else if (by_bytes)
			r = head_but_bytes(fd, n, buf);
		else
			r = head_but_lines(fd, n, buf);
		if (r) {
			warn_errno("%s", name);
			status = 1;
		}
		if (fd)
			close(fd);
	}
	free(buf);
	return ht_write_failed ? 1 : status;
}
