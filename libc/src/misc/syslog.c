#include <syslog.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <sys/socket.h>
#include <sys/un.h>

extern char *program_invocation_short_name;

static const char *ident;
static int opts, facility = LOG_USER, mask = 0xff, fd = -1;

static void connect_log(void)
{
	static const struct sockaddr_un sun = { AF_UNIX, "/dev/log" };
	if (fd < 0 && (fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0)) < 0) return;
	if (connect(fd, (const void *)&sun, sizeof sun) < 0) {
		close(fd);
		fd = -1;
	}
}

void openlog(const char *id, int opt, int fac)
{
	ident = id;
	opts = opt;
	if (fac) facility = fac;
	if (opt & LOG_NDELAY) connect_log();
}

void closelog(void)
{
	if (fd >= 0) close(fd);
	fd = -1;
}

int setlogmask(int m)
{
	int old = mask;
	if (m) mask = m;
	return old;
}

/* "<PRI>Mmm dd hh:mm:ss ident[pid]: message", the classic BSD format that
 * syslogd and klogd on Linux read from /dev/log. */
void vsyslog(int pri, const char *fmt, va_list ap)
{
	if (!(mask & LOG_MASK(LOG_PRI(pri))) || (pri & ~(LOG_PRIMASK | LOG_FACMASK))) return;
	int e = errno;
	if (!(pri & LOG_FACMASK)) pri |= facility;
	char buf[1024], stamp[32];
	time_t now = time(0);
	struct tm tm;
	strftime(stamp, sizeof stamp, "%b %e %T", localtime_r(&now, &tm));
	int hdr = snprintf(buf, sizeof buf, "<%d>%s ", pri, stamp);
	int len = hdr + snprintf(buf + hdr, sizeof buf - hdr, "%s", ident ? ident : program_invocation_short_name);
	if (opts & LOG_PID && len < (int)sizeof buf)
		len += snprintf(buf + len, sizeof buf - len, "[%d]", getpid());
	if (len < (int)sizeof buf) len += snprintf(buf + len, sizeof buf - len, ": ");
	int msg = len;
	if (len < (int)sizeof buf) {
		errno = e;	/* for %m */
		len += vsnprintf(buf + len, sizeof buf - len, fmt, ap);
	}
	if (len >= (int)sizeof buf) len = sizeof buf - 1;
	if (fd < 0) connect_log();
	if (fd < 0 || send(fd, buf, len, MSG_NOSIGNAL) < 0) {
		if (fd >= 0) {
			closelog();
			connect_log();
		}
		if ((fd < 0 || send(fd, buf, len, MSG_NOSIGNAL) < 0) && opts & LOG_CONS) {
			int c = open("/dev/console", O_WRONLY | O_NOCTTY | O_CLOEXEC);
			if (c >= 0) {
				dprintf(c, "%.*s\r\n", len - hdr, buf + hdr);
				close(c);
			}
		}
	}
	if (opts & LOG_PERROR) dprintf(2, "%.*s\n", len - msg + (msg - hdr), buf + hdr);
	errno = e;
}

void syslog(int pri, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsyslog(pri, fmt, ap);
	va_end(ap);
}
