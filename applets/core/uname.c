/* uname - print system information
 *
 * APPLET(uname, BIN)
 * usage: uname [-asnrvmpio]
 *
 * Print the fields asked for, in this order, separated by spaces (default -s).
 *
 * -a  all of them (-p and -i only if known) (--all)
 * -s  kernel name (--kernel-name)         -n  network node name (--nodename)
 * -r  kernel release (--kernel-release)   -v  kernel version (--kernel-version)
 * -m  machine (--machine)                 -p  processor (--processor)
 * -i  hardware platform (--hardware-platform)
 * -o  operating system (--operating-system)
 */
#include <stdio.h>
#include <sys/utsname.h>
#include "ring3.h"

enum { S = 1, N = 2, R = 4, V = 8, M = 16, P = 32, I = 64, O = 128, ALL = 256 };

int uname_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"a(all)s(kernel-name)n(nodename)r(kernel-release)v(kernel-version)"
		"m(machine)p(processor)i(hardware-platform)o(operating-system)");
	int c, want = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'a': want |= ALL; break;
		case 's': want |= S; break;
		case 'n': want |= N; break;
		case 'r': want |= R; break;
		case 'v': want |= V; break;
		case 'm': want |= M; break;
		case 'p': want |= P; break;
		case 'i': want |= I; break;
		case 'o': want |= O; break;
		default: return usage();
		}
	if (o.ind < argc) {
		warn_msg("extra operand '%s'", argv[o.ind]);
		return usage();
	}
	if (!want)
		want = S;
	struct utsname u;
	if (uname(&u) < 0)
		die_errno("cannot get system name");
	const char *fields[] = {
		u.sysname, u.nodename, u.release, u.version, u.machine,
		"unknown", "unknown", "Linux",
	};
	int first = 1;
	for (int i = 0; i < 8; i++) {
		int bit = 1 << i;
		/* -a leaves out the fields Linux cannot tell */
		if (!(want & bit) && !((want & ALL) && bit != P && bit != I))
			continue;
		printf("%s%s", first ? "" : " ", fields[i]);
		first = 0;
	}
	putchar('\n');
	return 0;
}
