/* route - show or change the IPv4 routing table (the ioctl interface)
 *
 * APPLET(route, SBIN)
 * usage: route [-n] [{add|del} [-net|-host] TARGET [netmask M] [gw GW] [metric N]
 *        [dev IF] [reject]]
 *
 * Without a command, print the main table from /proc/net/route. TARGET is an
 * address, ADDR/LEN, or "default". A last bare word names the interface, as in
 * "route add default gw 10.0.2.2 eth0". ip route is the full-featured tool.
 *
 * -n   numeric: 0.0.0.0 rather than "default" and "*"
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <net/route.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include "ring3.h"

static int show(int numeric)
{
	FILE *f = fopen("/proc/net/route", "r");
	char line[512];
	if (!f) {
		warn_errno("/proc/net/route");
		return 1;
	}
	puts("Kernel IP routing table");
	puts("Destination     Gateway         Genmask         Flags Metric Ref    Use Iface");
	int first = 1;
	while (fgets(line, sizeof line, f)) {
		char dev[IFNAMSIZ + 1];
		unsigned dst, gw, flags, refcnt, use, metric, mask;
		if (first) {
			first = 0;
			continue;
		}
		if (sscanf(line, "%16s %x %x %x %u %u %u %x", dev, &dst, &gw, &flags, &refcnt, &use,
			   &metric, &mask) != 8)
			continue;
		if (!(flags & RTF_UP))
			continue;
		char d[16], g[16], m[16], fl[8];
		struct in_addr a;
		a.s_addr = dst;
		strcpy(d, !dst && !mask && !numeric ? "default" : inet_ntoa(a));
		a.s_addr = gw;
		strcpy(g, !gw && !numeric ? "*" : inet_ntoa(a));
		a.s_addr = mask;
		strcpy(m, inet_ntoa(a));
		char *p = fl;
		*p++ = 'U';
		if (flags & RTF_GATEWAY)
			*p++ = 'G';
		if (flags & RTF_HOST)
			*p++ = 'H';
		if (flags & RTF_REINSTATE)
			*p++ = 'R';
		if (flags & RTF_DYNAMIC)
			*p++ = 'D';
		if (flags & RTF_MODIFIED)
			*p++ = 'M';
		if (flags & RTF_REJECT)
			*p++ = '!';
		*p = 0;
		printf("%-15s %-15s %-15s %-5s %-6u %-6u %3u %s\n", d, g, m, fl, metric, refcnt, use, dev);
	}
	fclose(f);
	return 0;
}

static void set_sin(struct sockaddr *sa, in_addr_t a)
{
	struct sockaddr_in sin = { .sin_family = AF_INET };
	sin.sin_addr.s_addr = a;
	memcpy(sa, &sin, sizeof sin);
}

static in_addr_t get_in(const char *s, const char *what)
{
	struct in_addr a;
	if (!inet_aton(s, &a))
		die("invalid %s '%s'", what, s);
	return a.s_addr;
}

int route_main(int argc, char **argv)
{
	int numeric = 0;
	argv++;
	while (*argv && argv[0][0] == '-' && strcmp(argv[0], "-net") && strcmp(argv[0], "-host")) {
		const char *o = argv[0] + 1;
		for (; *o; o++) {
			if (*o == 'n')
				numeric = 1;
			else if (*o != 'e' && *o != 'A' && *o != 'F')
				return usage();
		}
		argv++;
		if (!strcmp(argv[-1], "-A") && *argv)
			if (strcmp(*argv++, "inet"))
				die("only the inet family is supported; use ip -6 route");
	}
	if (!*argv)
		return show(numeric);
	unsigned long req;
	if (!strcmp(*argv, "add"))
		req = SIOCADDRT;
	else if (!strcmp(*argv, "del") || !strcmp(*argv, "delete"))
		req = SIOCDELRT;
	else {
		warn_msg("unknown command '%s'", *argv);
		return usage();
	}
	argv++;
	struct rtentry rt;
	memset(&rt, 0, sizeof rt);
	int host = -1, have_mask = 0;
	char devbuf[IFNAMSIZ];
	in_addr_t dst, mask = 0;
	if (*argv && (!strcmp(*argv, "-net") || !strcmp(*argv, "-host"))) {
		host = argv[0][1] == 'h';
		argv++;
	}
	if (!*argv)
		return usage();
	const char *target = *argv++;
	if (!strcmp(target, "default")) {
		dst = 0;
		have_mask = 1;
		host = 0;
	} else {
		char buf[32];
		const char *slash = strchr(target, '/');
		size_t n = slash ? (size_t)(slash - target) : strlen(target);
		if (n >= sizeof buf)
			die("invalid target '%s'", target);
		memcpy(buf, target, n);
		buf[n] = 0;
		dst = get_in(buf, "target");
		if (slash) {
			char *end;
			long len = strtol(slash + 1, &end, 10);
			if (!slash[1] || *end || len < 0 || len > 32)
				die("invalid target '%s'", target);
			mask = htonl(len ? 0xffffffffu << (32 - len) : 0);
			have_mask = 1;
			if (host < 0)
				host = len == 32;
		}
	}
	for (; *argv; argv++) {
		const char *a = *argv, *v = argv[1];
		if (!strcmp(a, "reject")) {
			rt.rt_flags |= RTF_REJECT;
			continue;
		}
		if (!v) {
			if (rt.rt_dev)
				die("unknown argument '%s'", a);
			snprintf(devbuf, sizeof devbuf, "%s", a);
			rt.rt_dev = devbuf;
			continue;
		}
		argv++;
		if (!strcmp(a, "netmask") || !strcmp(a, "genmask")) {
			mask = get_in(v, "netmask");
			have_mask = 1;
		} else if (!strcmp(a, "gw") || !strcmp(a, "gateway")) {
			set_sin(&rt.rt_gateway, get_in(v, "gateway"));
			rt.rt_flags |= RTF_GATEWAY;
		} else if (!strcmp(a, "metric")) {
			char *end;
			long m = strtol(v, &end, 10);
			if (!*v || *end || m < 0 || m > 32766)
				die("invalid metric '%s'", v);
			rt.rt_metric = m + 1;	/* the ioctl stores metric + 1 */
		} else if (!strcmp(a, "dev")) {
			if (strlen(v) >= IFNAMSIZ)
				die("%s: name too long", v);
			snprintf(devbuf, sizeof devbuf, "%s", v);
			rt.rt_dev = devbuf;
		} else if (!strcmp(a, "mss") || !strcmp(a, "window") || !strcmp(a, "irtt")) {
			/* accepted for compatibility: Linux ignores them on this path */
		} else
			die("unknown argument '%s'", a);
	}
	if (host < 0)
		host = !have_mask;
	if (host) {
		mask = 0xffffffffu;
		rt.rt_flags |= RTF_HOST;
	} else if (!have_mask) {
		mask = 0;
	}
	if (dst & ~mask)
		die("netmask %s does not match route address", inet_ntoa((struct in_addr){ mask }));
	set_sin(&rt.rt_dst, dst);
	set_sin(&rt.rt_genmask, mask);
	rt.rt_flags |= RTF_UP;
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		die_errno("socket");
	if (ioctl(fd, req, &rt) < 0)
		die_errno("SIOC%sRT", req == SIOCADDRT ? "ADD" : "DEL");
	return 0;
}
