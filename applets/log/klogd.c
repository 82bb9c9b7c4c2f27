/* klogd - send the kernel's messages to syslogd
 *
 * APPLET(klogd, SBIN)
 * usage: klogd [-n] [-c LEVEL] [-p SOCKET]
 *
 * Read the kernel's log from /dev/kmsg (from its oldest message, then as messages
 * come) and send each to syslogd as "<PRI>Mmm dd hh:mm:ss kernel: text", keeping the
 * message's facility (kern for the kernel's own). Where /dev/kmsg is missing the
 * syslog(2) buffer is read instead, which empties it. While syslogd is not up, klogd
 * waits for it and the kernel holds the messages.
 *
 * -c LEVEL  print only messages more urgent than LEVEL (1-8) on the console
 * -n  stay in the foreground
 * -p SOCKET  syslogd's socket (default /dev/log)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/klog.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

enum { SYSLOG_ACTION_READ = 2, SYSLOG_ACTION_CONSOLE_LEVEL = 8, MAX_REC = 8192 };

static struct sockaddr_un sun = { .sun_family = AF_UNIX };
static int sock = -1;

/* Sends one message, waiting (a second at a time) for syslogd to be there. */
static void forward(int pri, const char *text, size_t len)
{
	char buf[MAX_REC + 64], stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	strftime(stamp, sizeof stamp, "%b %e %H:%M:%S", localtime_r(&now, &tm));
	int hdr = snprintf(buf, sizeof buf, "<%d>%s kernel: ", pri, stamp);
	if (len > sizeof buf - hdr)
		len = sizeof buf - hdr;
	memcpy(buf + hdr, text, len);
	for (;;) {
		if (sock < 0) {
			sock = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
			if (sock >= 0 && connect(sock, (struct sockaddr *)&sun, sizeof sun) < 0) {
				close(sock);
				sock = -1;
			}
		}
		if (sock >= 0 && send(sock, buf, hdr + len, MSG_NOSIGNAL) >= 0)
			return;
		if (sock >= 0 && errno == EINTR)
			continue;
		if (sock >= 0) {	/* syslogd restarted: a new socket */
			close(sock);
			sock = -1;
		}
		sleep(1);
	}
}

/* /dev/kmsg records: "PRI,SEQ,USEC,FLAGS[,...];text\n" then " KEY=value" lines. */
static void kmsg_loop(int fd)
{
	static char rec[MAX_REC + 1];
	for (;;) {
		ssize_t n = read(fd, rec, MAX_REC);
		if (n < 0) {
			if (errno == EINTR || errno == EPIPE)	/* EPIPE: some were overwritten */
				continue;
			die_errno("/dev/kmsg");
		}
		rec[n] = 0;
		char *semi = strchr(rec, ';');
		if (!semi)
			continue;
		int pri = atoi(rec);
		if (pri < 0 || pri >= 24 << 3)
			pri = LOG_KERN | LOG_NOTICE;
		char *text = semi + 1;
		forward(pri, text, strcspn(text, "\n"));
	}
}

/* syslog(2): "<N>text\n" lines, N the level only: all from the kernel. */
static void klog_loop(void)
{
	static char buf[MAX_REC + 1];
	for (;;) {
		int n = klogctl(SYSLOG_ACTION_READ, buf, MAX_REC);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			die_errno("cannot read the kernel log");
		}
		buf[n] = 0;
		for (char *line = buf, *nl; *line; line = nl) {
			nl = line + strcspn(line, "\n");
			int pri = LOG_KERN | LOG_NOTICE;
			char *text = line;
			if (line[0] == '<' && line[1] >= '0' && line[1] <= '7' && line[2] == '>') {
				pri = LOG_KERN | (line[1] - '0');
				text = line + 3;
			}
			if (nl > text)
				forward(pri, text, nl - text);
			if (*nl)
				nl++;
		}
	}
}

int klogd_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "nc:p:");
	const char *sock_path = "/dev/log";
	int c, fg = 0, level = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'n': fg = 1; break;
		case 'c': {
			char *end;
			level = strtol(o.arg, &end, 10);
			if (*end || level < 1 || level > 8) {
				warn_msg("%s: invalid level", o.arg);
				return 1;
			}
			break;
		}
		case 'p': sock_path = o.arg; break;
		default: return usage();
		}
	if (o.ind < argc) {
		warn_msg("extra operand '%s'", argv[o.ind]);
		return usage();
	}
	if (!fg)	/* the daemon works from / */
		sock_path = abs_path(sock_path);
	if (strlen(sock_path) >= sizeof sun.sun_path) {
		warn_msg("%s: name too long", sock_path);
		return 1;
	}
	strcpy(sun.sun_path, sock_path);
	if (level && klogctl(SYSLOG_ACTION_CONSOLE_LEVEL, NULL, level) < 0) {
		warn_errno("cannot set the console level");
		return 1;
	}
	int fd = open("/dev/kmsg", O_RDONLY | O_CLOEXEC);
	if (fd < 0 && klogctl(10, NULL, 0) < 0) {	/* 10: buffer size, a harmless probe */
		warn_errno("/dev/kmsg");
		return 1;
	}
	if (!fg && daemon(0, 0) < 0)
		die_errno("daemon");
	if (fd >= 0)
		kmsg_loop(fd);
	klog_loop();
	return 1;
}
