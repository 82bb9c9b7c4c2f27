/* dmesg - print or control the kernel ring buffer
 *
 * APPLET(dmesg, BIN)
 * usage: dmesg [-cCrwW] [-n LEVEL] [-s SIZE]
 *
 * Print the kernel's message buffer, without the <N> priority prefixes.
 *
 * -c  clear the buffer after printing it (--read-clear)
 * -C  clear the buffer, print nothing (--clear)
 * -n LEVEL  set the level of messages printed to the console (1-8) (--console-level)
 * -r  print the raw messages, <N> prefixes included (--raw)
 * -s SIZE  read at most SIZE bytes (default: the whole buffer) (--buffer-size)
 * -w  then wait for new messages and print them as they come (--follow)
 * -W  print only new messages, as they come (--follow-new)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/klog.h>
#include "ring3.h"

enum {
	LOG_READ_ALL = 3, LOG_READ_CLEAR = 4, LOG_CLEAR = 5, LOG_CONSOLE_LEVEL = 8,
	LOG_SIZE_BUFFER = 10,
};

static int number(const char *s, long lo, long hi, long *out)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (!*s || *end || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

/* One /dev/kmsg record, "PRI,SEQ,USEC,FLAGS;TEXT\n" (then " KEY=VALUE" lines, which
 * are dropped), printed as the syslog buffer prints it: [seconds.micros] TEXT. The
 * kernel escapes unprintable bytes as \xNN; they are given back. */
static void print_record(char *rec, size_t len, int raw)
{
	char *text = memchr(rec, ';', len);
	if (!text)
		return;
	*text++ = 0;
	unsigned long pri = 0, usec = 0;
	char *f = rec;
	pri = strtoul(f, &f, 10);
	if (*f == ',')
		strtoul(f + 1, &f, 10);
	if (*f == ',')
		usec = strtoul(f + 1, &f, 10);
	char *end = memchr(text, '\n', len - (size_t)(text - rec));
	if (!end)
		end = rec + len;
	if (raw)
		printf("<%lu>", pri);
	printf("[%5lu.%06lu] ", usec / 1000000, usec % 1000000);
	for (char *p = text; p < end; p++) {
		unsigned v;
		if (*p == '\\' && end - p >= 4 && p[1] == 'x' && sscanf(p + 2, "%2x", &v) == 1) {
			putchar((int)v);
			p += 3;
		} else {
			putchar(*p);
		}
	}
	putchar('\n');
}

/* Follow /dev/kmsg, from its oldest record or from its end; one read() is one record.
 * Reading the old records here too, not with klogctl, means none is lost in between. */
static int follow(int raw, int from_end)
{
	int fd = open("/dev/kmsg", O_RDONLY | O_CLOEXEC);
	if (fd < 0 || (from_end && lseek(fd, 0, SEEK_END) < 0)) {
		warn_errno("/dev/kmsg");
		return 1;
	}
	char rec[8192];
	for (;;) {
		if (fflush(stdout) == EOF)
			return 1;
		ssize_t n = read(fd, rec, sizeof rec - 1);
		if (n < 0) {
			/* EPIPE: records were overwritten before we read them; go on */
			if (errno == EINTR || errno == EPIPE)
				continue;
			warn_errno("/dev/kmsg");
			return 1;
		}
		rec[n] = 0;
		print_record(rec, (size_t)n, raw);
	}
}

int dmesg_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"c(read-clear)C(clear)n:(console-level)r(raw)s:(buffer-size)w(follow)W(follow-new)");
	int c, clear = 0, only_clear = 0, raw = 0, follow_mode = 0;
	long level = -1, size = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'c': clear = 1; break;
		case 'C': only_clear = 1; break;
		case 'r': raw = 1; break;
		case 'w': follow_mode = 1; break;
		case 'W': follow_mode = 2; break;
		case 'n':
			if (number(o.arg, 1, 8, &level)) {
				warn_msg("%s: invalid level", o.arg);
				return 1;
			}
			break;
		case 's':
			if (number(o.arg, 1, 1L << 30, &size)) {
				warn_msg("%s: invalid buffer size", o.arg);
				return 1;
			}
			break;
		default: return usage();
		}
	if (o.ind < argc) {
		warn_msg("extra operand '%s'", argv[o.ind]);
		return usage();
	}
	if (level >= 0) {
		if (klogctl(LOG_CONSOLE_LEVEL, 0, (int)level) < 0) {
			warn_errno("cannot set the console level");
			return 1;
		}
		return 0;
	}
	if (only_clear) {
		if (klogctl(LOG_CLEAR, 0, 0) < 0) {
			warn_errno("cannot clear the kernel buffer");
			return 1;
		}
		return 0;
	}
	if (follow_mode && !clear)
		return follow(raw, follow_mode == 2);
	if (!size) {
		int n = klogctl(LOG_SIZE_BUFFER, 0, 0);
		size = n > 0 ? n : 1 << 17;
	}
	char *buf = xmalloc(size);
	int n = klogctl(clear ? LOG_READ_CLEAR : LOG_READ_ALL, buf, (int)size);
	if (n < 0) {
		warn_errno("cannot read the kernel buffer");
		return 1;
	}
	if (raw) {
		fwrite(buf, 1, n, stdout);
	} else {
		/* drop the <N> at the start of each line */
		for (int i = 0; i < n;) {
			if (buf[i] == '<') {
				int j = i + 1;
				while (j < n && buf[j] >= '0' && buf[j] <= '9')
					j++;
				if (j > i + 1 && j < n && buf[j] == '>')
					i = j + 1;
			}
			int start = i;
			while (i < n && buf[i] != '\n')
				i++;
			if (i < n)
				i++;
			fwrite(buf + start, 1, i - start, stdout);
		}
	}
	if (n && buf[n - 1] != '\n')
		putchar('\n');
	free(buf);
	return follow_mode ? follow(raw, 1) : 0;
}
