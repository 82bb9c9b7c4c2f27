/* logger - send a message to the system log
 *
 * APPLET(logger, USR_BIN)
 * usage: logger [-is] [-t TAG] [-p PRIORITY] [-u SOCKET] [MESSAGE...]
 *
 * Send MESSAGE (the operands joined by spaces), or else each line of standard input,
 * to syslogd as an RFC 3164 datagram: "<PRI>Mmm dd hh:mm:ss TAG: MESSAGE".
 *
 * -i  add logger's process id to the tag: TAG[PID] (--id)
 * -p PRIORITY  FACILITY.LEVEL, a bare LEVEL, or a number (default user.notice)
 *     (--priority)
 * -s  also write the message to standard error (--stderr)
 * -t TAG  the tag (default: the user's login name) (--tag)
 * -u SOCKET  the socket to write to (default /dev/log) (--socket)
 */
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

enum { MAX_MSG = 8192 };	/* what our syslogd reads in one datagram */

static int sock = -1, pri = LOG_USER | LOG_NOTICE, to_stderr;
static const char *sock_path = "/dev/log";
static char tag[256];

static int send_msg(const char *msg, size_t len)
{
	char buf[MAX_MSG], stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	strftime(stamp, sizeof stamp, "%b %e %H:%M:%S", localtime_r(&now, &tm));
	int hdr = snprintf(buf, sizeof buf, "<%d>%s %s: ", pri, stamp, tag);
	if (len > sizeof buf - hdr)
		len = sizeof buf - hdr;	/* longer messages are cut, as RFC 3164 allows */
	memcpy(buf + hdr, msg, len);
	if (to_stderr) {
		size_t n = strlen(tag);
		char line[MAX_MSG + 300];
		memcpy(line, tag, n);
		memcpy(line + n, ": ", 2);
		memcpy(line + n + 2, msg, len);
		line[n + 2 + len] = '\n';
		full_write(2, line, n + 3 + len);
	}
	while (send(sock, buf, hdr + len, MSG_NOSIGNAL) < 0) {
		if (errno == EINTR)
			continue;
		/* the socket's queue is full: syslogd is busy; wait for room, don't drop */
		if (errno == EAGAIN || errno == ENOBUFS) {
			usleep(10000);
			continue;
		}
		warn_errno("%s", sock_path);
		return 1;
	}
	return 0;
}

int logger_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "i(id)p:(priority)s(stderr)t:(tag)u:(socket)");
	const char *tag_arg = NULL;
	int c, with_pid = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'i': with_pid = 1; break;
		case 'p':
			if ((pri = log_parse_pri(o.arg, LOG_USER)) < 0) {
				warn_msg("%s: unknown priority", o.arg);
				return 1;
			}
			break;
		case 's': to_stderr = 1; break;
		case 't': tag_arg = o.arg; break;
		case 'u': sock_path = o.arg; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!tag_arg) {
		struct passwd *pw = getpwuid(geteuid());
		tag_arg = pw ? pw->pw_name : getenv("USER") ? getenv("USER") : "logger";
	}
	if (with_pid)
		snprintf(tag, sizeof tag, "%.200s[%ld]", tag_arg, (long)getpid());
	else
		snprintf(tag, sizeof tag, "%.200s", tag_arg);

	struct sockaddr_un sun = { .sun_family = AF_UNIX };
	if (strlen(sock_path) >= sizeof sun.sun_path) {
		warn_msg("%s: name too long", sock_path);
		return 1;
	}
	strcpy(sun.sun_path, sock_path);
	sock = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (sock < 0 || connect(sock, (struct sockaddr *)&sun, sizeof sun) < 0) {
		warn_errno("%s", sock_path);
		return 1;
	}

	int ret = 0;
	if (argc) {
		size_t len = 0;
		for (int i = 0; i < argc; i++)
			len += strlen(argv[i]) + 1;
		char *msg = xmalloc(len), *p = msg;
		for (int i = 0; i < argc; i++) {
			if (i)
				*p++ = ' ';
			p = stpcpy(p, argv[i]);
		}
		ret = send_msg(msg, p - msg);
		free(msg);
		return ret;
	}
	struct lines l;
	lines_init(&l, 0, '\n');
	char *line;
	size_t len;
	while (!ret && (line = lines_next(&l, &len)))
		if (len)	/* util-linux and BusyBox skip empty lines */
			ret = send_msg(line, len);
	if (l.err) {
		warn_errno("standard input");
		ret = 1;
	}
	lines_free(&l);
	return ret;
}
