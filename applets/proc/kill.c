/* kill - send a signal to processes
 *
 * APPLET(kill, BIN)
 * usage: kill [-s SIGNAL | -SIGNAL | -n NUM] PID... | -l [SIGNAL|STATUS]... | -L
 *
 * Send SIGNAL (TERM by default) to each PID; a negative PID names a process group
 * (put -- before it), -1 every process the caller may signal. A SIGNAL is a name
 * like TERM or SIGTERM, any case, or a number; 0 only checks that PID exists.
 *
 * -s SIGNAL  the signal to send (--signal)
 * -n NUM     the signal to send, by number
 * -l         list the signal names; with arguments, turn numbers (or exit statuses
 *            above 128) into names and names into numbers (--list)
 * -L         list the signals as a table of numbers and names (--table)
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ring3.h"

static int list(char **args, int table)
{
	char buf[32];
	if (table) {
		int col = 0;
		for (int n = 1; n <= sig_max(); n++) {
			const char *name = sig_name(n, buf, sizeof buf);
			if (!name)
				continue;
			printf("%2d %-8s%s", n, name, ++col % 7 ? "" : "\n");
		}
		if (col % 7)
			putchar('\n');
		return 0;
	}
	if (!*args) {
		for (int n = 1; n <= sig_max(); n++) {
			const char *name = sig_name(n, buf, sizeof buf);
			if (name)
				puts(name);
		}
		return 0;
	}
	int status = 0;
	for (; *args; args++) {
		const char *a = *args;
		if (*a >= '0' && *a <= '9') {
			char *end;
			long v = strtol(a, &end, 10);
			if (!*end && v > 128 && v <= 128 + sig_max())
				v -= 128;
			const char *name = *end ? 0 : sig_name((int)v, buf, sizeof buf);
			if (!name) {
				warn_msg("'%s': invalid signal", a);
				status = 1;
				continue;
			}
			puts(name);
		} else {
			int n = sig_number(a);
			if (n < 0) {
				warn_msg("'%s': invalid signal", a);
				status = 1;
				continue;
			}
			printf("%d\n", n);
		}
	}
	return status;
}

int kill_main(int argc, char **argv)
{
	int sig = SIGTERM, i = 1;
	const char *signame = 0;
	/* options by hand: -9, -TERM and negative PIDs do not fit getopt */
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--")) {
			i++;
			break;
		}
		if (!strcmp(a, "-l") || !strcmp(a, "--list"))
			return list(argv + i + 1, 0);
		if (!strcmp(a, "-L") || !strcmp(a, "--table"))
			return list(argv + i + 1, 1);
		if (!strcmp(a, "-s") || !strcmp(a, "-n") || !strcmp(a, "--signal")) {
			if (i + 1 >= argc) {
				warn_msg("option requires an argument -- '%c'", a[1] == '-' ? 's' : a[1]);
				return usage();
			}
			signame = argv[++i];
			continue;
		}
		if (!strncmp(a, "--signal=", 9)) {
			signame = a + 9;
			continue;
		}
		if (signame || a[1] == '-')
			break;	/* a negative PID, after the signal was given */
		signame = a + 1;
	}
	if (signame) {
		sig = sig_number(signame);
		if (sig < 0) {
			warn_msg("'%s': invalid signal", signame);
			return 1;
		}
	}
	if (i >= argc) {
		warn_msg("no process ID specified");
		return usage();
	}
	int status = 0;
	for (; i < argc; i++) {
		char *end;
		errno = 0;
		long pid = strtol(argv[i], &end, 10);
		if (!*argv[i] || *end || errno || pid != (pid_t)pid) {
			warn_msg("'%s': invalid process id", argv[i]);
			status = 1;
			continue;
		}
		if (kill((pid_t)pid, sig)) {
			warn_errno("%s", argv[i]);
			status = 1;
		}
	}
	return status;
}
