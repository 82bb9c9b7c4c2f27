/* tail - output the last part of files
 *
 * APPLET(tail, USR_BIN)
 * usage: tail [-f | -F] [-n [+]LINES | -c [+]BYTES] [-qvz] [-s SECS] [FILE...]
 *
 * Copy the last 10 lines of each FILE (- is standard input, the default) to standard
 * output; regular files are read from the end. With several files, each is preceded
 * by a "==> FILE <==" header. Counts take the suffixes b, kB, K, MB, M, G...
 *
 * -n N    the last N lines; -n +N from line N on (--lines)
 * -c N    the last N bytes; -c +N from byte N on (--bytes)
 * -N, +N  same as -n N, -n +N
 * -f      follow: keep printing what is appended to the files
 *         (--follow, --follow=descriptor)
 * -F      follow by name, reopening a file that is replaced or appears later
 *         (--follow=name, --retry)
 * -s SECS check the files every SECS seconds when following, 1 by default
 *         (--sleep-interval)
 * --pid=PID  with -f, stop once process PID is gone
 * -q      never print headers (--quiet, --silent)
 * -v      always print headers (--verbose)
 * -z      lines end with NUL, not newline (--zero-terminated)
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

enum { BUFSZ = 128 << 10 };

static char eol = '\n';
static int headers, last_shown = -1, any_shown;
static char *buf;

static void header(int idx, const char *name)
{
	if (!headers || last_shown == idx)
		return;
	ht_header(name, !any_shown);
	any_shown = 1;
	last_shown = idx;
}

/* Copy the rest of fd to stdout. */
static int copy_rest(int fd)
{
	for (;;) {
		ssize_t r = safe_read(fd, buf, BUFSZ);
		if (r < 0)
			return -1;
		if (r == 0)
			return 0;
		if (ht_out(buf, r))
			return 0;
	}
}

/* Skip n units (lines or bytes) from the start, then copy the rest. */
static int tail_from(int fd, unsigned long long n, int by_bytes)
{
	if (n)
		n--;
	if (by_bytes && n) {
		struct stat st;
		if (!fstat(fd, &st) && S_ISREG(st.st_mode) && lseek(fd, n, SEEK_CUR) >= 0)
			n = 0;
	}
	while (n) {
		ssize_t r = safe_read(fd, buf, BUFSZ);
		if (r <= 0)
			return r;
		size_t skip = ht_skip(buf, r, &n, by_bytes, eol);
		if (!n && ht_out(buf + skip, r - skip))
			return 0;
	}
	return copy_rest(fd);
}


/* Last n lines or bytes of a seekable regular file, reading backwards from the end.
 * Returns 1 if the file is not suitable. */
static int tail_seek(int fd, unsigned long long n, int by_bytes)
{
	struct stat st;
	off_t start = lseek(fd, 0, SEEK_CUR), end;
	if (start < 0 || fstat(fd, &st) || !S_ISREG(st.st_mode) || st.st_size <= 0)
		return 1;
	end = st.st_size;
	if (end <= start)
		return 1;
	off_t from = start;
	if (by_bytes) {
		if ((unsigned long long)(end - start) > n)
			from = end - (off_t)n;
	} else if (n) {
		off_t pos = end;
		int first = 1;
		unsigned long long seen = 0;
		while (pos > start) {
			size_t len = pos - start > BUFSZ ? BUFSZ : (size_t)(pos - start);
			pos -= len;
			if (lseek(fd, pos, SEEK_SET) < 0)
				return -1;
			size_t got = 0;
			while (got < len) {
				ssize_t r = safe_read(fd, buf + got, len - got);
				if (r < 0)
					return -1;
				if (r == 0)
					break;
				got += r;
			}
			if (got < len)
				break;	/* shrank under us: fall back to what we have */
			size_t i = len;
			if (first && buf[len - 1] == eol)
				i--;	/* the last line's own newline */
			first = 0;
			/* a block with too few lines is counted, not searched */
			size_t c = mem_count(buf, eol, i);
			if (seen + c < n) {
				seen += c;
				continue;
			}
			while (i > 0) {
				char *nl = memrchr(buf, eol, i);
				if (!nl)
					break;
				if (++seen == n) {
					from = pos + (nl - buf) + 1;
					goto found;
				}
				i = nl - buf;
			}
		}
		from = start;
	} else {
		from = end;
	}
found:
	if (lseek(fd, from, SEEK_SET) < 0)
		return -1;
	return copy_rest(fd);
}

/* Last n lines or bytes of a pipe: hold back just enough. */
static int tail_stream(int fd, unsigned long long n, int by_bytes)
{
	size_t cap = 2 * BUFSZ, len = 0, nl = 0;
	char *b = xmalloc(cap);
	int err = 0;
	for (;;) {
		if (cap - len < BUFSZ)
			b = xrealloc(b, cap *= 2);
		ssize_t r = safe_read(fd, b + len, BUFSZ);
		if (r < 0) {
			err = -1;
			break;
		}
		if (r == 0)
			break;
		const char *p = b + len, *e = b + len + r;
		len += r;
		if (by_bytes) {
			if (len > n + BUFSZ) {
				size_t drop = len - n;
				memmove(b, b + drop, n);
				len = n;
			}
			continue;
		}
		while ((p = memchr(p, eol, e - p))) {
			p++;
			nl++;
		}
		if (nl > n && len > BUFSZ) {
			size_t k = nl - n;
			const char *q = b;
			while (k--)
				q = (const char *)memchr(q, eol, b + len - q) + 1;
			memmove(b, q, b + len - q);
			len -= q - b;
			nl = n;
		}
	}
	if (!err) {
		const char *q = b;
		if (by_bytes) {
			if (len > n)
				q = b + len - n;
		} else {
			size_t lines = nl + (len && b[len - 1] != eol);
			if (lines > n) {
				size_t k = lines - n;
				while (k--)
					q = (const char *)memchr(q, eol, b + len - q) + 1;
			}
		}
		ht_out(q, b + len - q);
	}
	free(b);
	return err;
}

/* --- following ----------------------------------------------------------------------- */

struct file {
	const char *name;
	int fd, wd;
	dev_t dev;
	ino_t ino;
	off_t size;
	int regular, gone;
};

static int keep_following(pid_t pid)
{
	return !ht_write_failed && (!pid || kill(pid, 0) == 0 || errno == EPERM);
}

/* Print what was appended to f; notices truncation. */
static void follow_one(struct file *f, int idx)
{
	if (f->fd < 0)
		return;
	struct stat st;
	if (!fstat(f->fd, &st) && S_ISREG(st.st_mode)) {
		if (st.st_size < f->size) {
			warn_msg("%s: file truncated", f->name);
			lseek(f->fd, 0, SEEK_SET);
			f->size = 0;
		}
		if (st.st_size == f->size)
			return;
	}
	for (;;) {
		ssize_t r = safe_read(f->fd, buf, BUFSZ);
		if (r < 0) {
			if (errno != EAGAIN)
				warn_errno("%s", f->name);
			break;
		}
		if (r == 0)
			break;
		header(idx, f->name);
		if (ht_out(buf, r))
			break;
		f->size += r;
	}
	off_t pos = lseek(f->fd, 0, SEEK_CUR);
	if (pos >= 0)
		f->size = pos;
}

/* -F: reopen a file whose name now points elsewhere, or that appeared. */
static void check_name(struct file *f, int idx, int ifd)
{
	if (!strcmp(f->name, "-"))
		return;
	struct stat st;
	if (stat(f->name, &st)) {
		if (!f->gone) {
			warn_errno("%s", f->name);
			f->gone = 1;
		}
		return;
	}
	if (f->fd >= 0 && !f->gone && st.st_dev == f->dev && st.st_ino == f->ino)
		return;
	follow_one(f, idx);	/* drain the old file first */
	int fd = open(f->name, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	warn_msg("'%s' has %s;  following new file", f->name,
		f->gone || f->fd < 0 ? "appeared" : "been replaced");
	if (f->fd > 0)
		close(f->fd);
	f->fd = fd;
	f->dev = st.st_dev;
	f->ino = st.st_ino;
	f->size = 0;
	f->gone = 0;
	f->regular = S_ISREG(st.st_mode);
	if (ifd >= 0) {
		if (f->wd >= 0)
			inotify_rm_watch(ifd, f->wd);
		f->wd = inotify_add_watch(ifd, f->name, IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF);
	}
	follow_one(f, idx);
}

static void follow(struct file *files, int nfiles, int by_name, unsigned secs, pid_t pid)
{
	int ifd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
	int live = 0;
	for (int i = 0; i < nfiles; i++) {
		struct file *f = &files[i];
		f->wd = -1;
		if (f->fd < 0 && !by_name)
			continue;
		if (ifd >= 0 && f->fd >= 0 && strcmp(f->name, "-"))
			f->wd = inotify_add_watch(ifd, f->name,
				IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF);
		live++;
	}
	if (!live)
		return;
	/* a directory watch per file would catch -F re-creation; polling does it too */
	static char ev[4096] __attribute__((aligned(8)));
	while (keep_following(pid)) {
		struct pollfd pfd = { ifd, POLLIN, 0 };
		int timeout = (int)secs * 1000;
		if (ifd >= 0)
			poll(&pfd, 1, timeout > 0 ? timeout : 200);
		else if (secs)
			sleep(secs);
		else
			usleep(200000);
		if (ifd >= 0)
			while (read(ifd, ev, sizeof ev) > 0)
				;
		for (int i = 0; i < nfiles && !ht_write_failed; i++) {
			if (by_name)
				check_name(&files[i], i, ifd);
			follow_one(&files[i], i);
		}
	}
	if (ifd >= 0)
		close(ifd);
}

/* --- options --------------------------------------------------------------------------- */

int tail_main(int argc, char **argv)
{
	const char *count = "10";
	char obsolete[64];
	int by_bytes = 0, follow_mode = 0, by_name = 0;
	unsigned secs = 1;
	pid_t pid = 0;
	headers = -1;
	/* tail -5, tail +5, tail -5f, tail -3c */
	if (argc > 1 && (argv[1][0] == '-' || argv[1][0] == '+') &&
	    argv[1][1] >= '0' && argv[1][1] <= '9') {
		size_t len = strspn(argv[1] + 1, "0123456789");
		const char *suf = argv[1] + 1 + len;
		int ok = len < 40;
		int bytes = 0, f = 0;
		if (ok && (*suf == 'c' || *suf == 'b' || *suf == 'l'))
			bytes = *suf == 'l' ? 0 : *suf++;
		if (ok && *suf == 'f')
			f = *suf++;
		if (ok && !*suf) {
			obsolete[0] = argv[1][0];
			memcpy(obsolete + 1, argv[1] + 1, len);
			obsolete[len + 1] = 0;
			if (bytes == 'b')
				strcpy(obsolete + len + 1, "b");
			by_bytes = bytes != 0;
			follow_mode = f != 0;
			count = obsolete;
			argv[1] = argv[0];
			argv++;
			argc--;
		}
	}
	/* --follow[=name|descriptor] has an optional argument: pick it out first */
	for (int i = 1, k = 1; i < argc; i++) {
		char *w = argv[i];
		if (!strcmp(w, "--")) {
			while (i < argc)
				argv[k++] = argv[i++];
			argv[k] = 0;
			argc = k;
			break;
		}
		if (!strncmp(w, "--follow", 8) && (!w[8] || w[8] == '=')) {
			follow_mode = 1;
			if (!strcmp(w + 8, "=name"))
				by_name = 1;
			else if (w[8] && strcmp(w + 8, "=descriptor")) {
				warn_msg("invalid argument '%s' for '--follow'", w + 9);
				return usage();
			}
		} else {
			argv[k++] = w;
		}
		if (i == argc - 1) {
			argv[k] = 0;
			argc = k;
		}
	}
	struct opt o = OPT_INIT(argc, argv,
		"n(lines):c(bytes):fF(retry)q(quiet)(silent)v(verbose)s(sleep-interval):P(pid):z(zero-terminated)");
	int c;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'n': count = o.arg; by_bytes = 0; break;
		case 'c': count = o.arg; by_bytes = 1; break;
		case 'f': follow_mode = 1; break;
		case 'F': follow_mode = by_name = 1; break;
		case 'q': headers = 0; break;
		case 'v': headers = 1; break;
		case 'z': eol = 0; break;
		case 's': {
			unsigned long long v;
			if (parse_size(o.arg, &v) || v > 86400) {
				warn_msg("invalid number of seconds: '%s'", o.arg);
				return 1;
			}
			secs = (unsigned)v;
			break;
		}
		case 'P': {
			unsigned long long v;
			if (parse_size(o.arg, &v) || !v || v > 0x7fffffff) {
				warn_msg("invalid PID: '%s'", o.arg);
				return 1;
			}
			pid = (pid_t)v;
			break;
		}
		default: return usage();
		}
	}
	int from_start;
	unsigned long long n;
	if (ht_count(count, &from_start, &n, by_bytes ? "bytes" : "lines"))
		return 1;
	from_start = from_start == '+';
	argc -= o.ind;
	argv += o.ind;
	char *stdin_only[] = { "-", 0 };
	if (!argc) {
		argv = stdin_only;
		argc = 1;
	}
	if (headers < 0)
		headers = argc > 1;
	buf = xmalloc_page(BUFSZ);
	struct file *files = xzalloc(argc * sizeof *files);
	int status = 0;
	for (int i = 0; i < argc && !ht_write_failed; i++) {
		struct file *f = &files[i];
		f->name = argv[i];
		f->fd = -1;
		int fd = open_input(f->name);
		if (fd < 0) {
			status = 1;
			f->gone = 1;
			continue;
		}
		header(i, f->name);
		int r;
		if (from_start)
			r = tail_from(fd, n, by_bytes);
		else if ((r = tail_seek(fd, n, by_bytes)) == 1)
			r = tail_stream(fd, n, by_bytes);
		if (r) {
			warn_errno("%s", f->name);
			status = 1;
			if (fd)
				close(fd);
			continue;
		}
		struct stat st;
		if (!fstat(fd, &st)) {
			f->dev = st.st_dev;
			f->ino = st.st_ino;
			f->regular = S_ISREG(st.st_mode);
		}
		off_t pos = lseek(fd, 0, SEEK_CUR);
		f->size = pos > 0 ? pos : 0;
		/* following a pipe is pointless once it ended */
		if (follow_mode && f->regular)
			f->fd = fd;
		else if (fd)
			close(fd);
	}
	if (follow_mode && !ht_write_failed)
		follow(files, argc, by_name, secs, pid);
	return ht_write_failed ? 1 : status;
}
