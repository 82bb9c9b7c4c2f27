/* poweroff, reboot, halt - stop the system
 *
 * APPLET(poweroff, SBIN)
 * APPLET(reboot, SBIN)
 * APPLET(halt, SBIN)
 * usage: poweroff|reboot|halt [-fn] [-d DELAY]
 *
 * Ask init (PID 1) for an orderly shutdown: it stops the services, unmounts the
 * filesystems and then powers off, reboots or halts. (The signals: SIGUSR2 power off,
 * SIGTERM reboot, SIGUSR1 halt.)
 *
 * -f  force: sync and stop the system at once, without init (--force)
 * -n  with -f, do not sync first (--no-sync)
 * -d DELAY  wait DELAY seconds first (--delay)
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/reboot.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

int poweroff_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "f(force)n(no-sync)d:(delay)");
	int c, force = 0, nosync = 0;
	long delay = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'f': force = 1; break;
		case 'n': nosync = 1; break;
		case 'd': {
			const char *p = o.arg;
			delay = 0;
			for (; *p >= '0' && *p <= '9' && delay < 100000000; p++)
				delay = delay * 10 + (*p - '0');
			if (!*o.arg || *p) {
				warn_msg("%s: invalid delay", o.arg);
				return 1;
			}
			break;
		}
		default: return usage();
		}
	if (o.ind < argc) {
		warn_msg("extra operand '%s'", argv[o.ind]);
		return usage();
	}
	int sig, how;
	if (!strcmp(applet_name, "reboot")) {
		sig = SIGTERM;
		how = RB_AUTOBOOT;
	} else if (!strcmp(applet_name, "halt")) {
		sig = SIGUSR1;
		how = RB_HALT_SYSTEM;
	} else {
		sig = SIGUSR2;
		how = RB_POWER_OFF;
	}
	struct timespec ts = { delay, 0 };
	while (delay && nanosleep(&ts, &ts) && errno == EINTR)
		;
	if (!force) {
		if (kill(1, sig) < 0) {
			warn_errno("cannot signal init");
			return 1;
		}
		return 0;
	}
	if (!nosync)
		sync();
	reboot(how);
	warn_errno("reboot");
	return 1;
}

int reboot_main(int argc, char **argv)
{
	return poweroff_main(argc, argv);
}

int halt_main(int argc, char **argv)
{
	return poweroff_main(argc, argv);
}
