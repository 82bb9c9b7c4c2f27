/* logread - show the messages in syslogd's ring buffer
 *
 * APPLET(logread, SBIN)
 * usage: logread [-fF] [-p SOCKET]
 *
 * Print the lines syslogd -C keeps in memory, oldest first.
 *
 * -f  print only new lines, as they arrive, until interrupted (--follow)
 * -F  print the buffer, then follow it as -f does
 * -p SOCKET  the syslogd listening on SOCKET (default /dev/log)
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include "ring3.h"

int logread_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "f(follow)Fp:");
	const char *sock_path = "/dev/log";
	char cmd = 'd';
	int c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'f': cmd = 'f'; break;
		case 'F': cmd = 'F'; break;
		case 'p': sock_path = o.arg; break;
		default: return usage();
		}
	if (o.ind < argc) {
		warn_msg("extra operand '%s'", argv[o.ind]);
		return usage();
	}
	struct sockaddr_un sun = { .sun_family = AF_UNIX };
	int n = log_ring_name(sock_path, sun.sun_path + 1, sizeof sun.sun_path - 1);
	if (n < 0) {
		warn_errno("%s", sock_path);
		return 1;
	}
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0 ||
	    connect(fd, (struct sockaddr *)&sun, offsetof(struct sockaddr_un, sun_path) + 1 + n) < 0) {
		if (errno == ECONNREFUSED)
			warn_msg("%s: syslogd keeps no ring buffer (start it with -C)", sock_path);
		else
			warn_errno("%s", sock_path);
		return 1;
	}
	if (full_write(fd, &cmd, 1) < 0) {
		warn_errno("%s", sock_path);
		return 1;
	}
	/* the lines go straight through: with -f, each shows up as soon as it arrives */
	int failed;
	if (copy_fd(fd, 1, &failed) < 0) {
		if (failed == 1)
			warn_errno("write error");
		else
			warn_errno("%s", sock_path);
		return 1;
	}
	return 0;
}
