/* ifconfig - show or configure network interfaces (the ioctl interface)
 *
 * APPLET(ifconfig, SBIN)
 * usage: ifconfig [-a] [IF [ADDR[/LEN]] [netmask M] [broadcast B] [mtu N] [hw ether MAC]
 *        [[-]arp] [[-]promisc] [[-]allmulti] [up|down]]
 *
 * With no arguments show the interfaces that are up (-a: all of them), with IF only
 * that one. Otherwise change IF: setting an address also brings it up. ip(8) is the
 * netlink tool with the full feature set; this one is for old habits and scripts.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include "ring3.h"

static int sock;

static int get(const char *name, unsigned long req, struct ifreq *ifr)
{
	memset(ifr, 0, sizeof *ifr);
	strncpy(ifr->ifr_name, name, IFNAMSIZ - 1);
	return ioctl(sock, req, ifr);
}

static const char *in_str(struct sockaddr *sa)
{
	return inet_ntoa(((struct sockaddr_in *)sa)->sin_addr);
}

/* RX/TX counters from /proc/net/dev: rx bytes packets errs drop ... tx bytes packets */
static int dev_stats(const char *name, unsigned long long v[16])
{
	FILE *f = fopen("/proc/net/dev", "r");
	char line[512];
	int found = 0;
	if (!f)
		return 0;
	while (fgets(line, sizeof line, f)) {
		char *colon = strchr(line, ':');
		if (!colon)
			continue;
		*colon = 0;
		char *n = line + strspn(line, " ");
		if (strcmp(n, name))
			continue;
		found = sscanf(colon + 1, "%llu %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu",
			       &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8], &v[9],
			       &v[10], &v[11], &v[12], &v[13], &v[14], &v[15]) == 16;
		break;
	}
	fclose(f);
	return found;
}

static void show(const char *name)
{
	struct ifreq ifr;
	if (get(name, SIOCGIFFLAGS, &ifr) < 0) {
		warn_errno("%s", name);
		return;
	}
	unsigned flags = (unsigned short)ifr.ifr_flags;
	static const struct { unsigned bit; const char *name; } fl[] = {
		{ IFF_UP, "UP" }, { IFF_BROADCAST, "BROADCAST" }, { IFF_DEBUG, "DEBUG" },
		{ IFF_LOOPBACK, "LOOPBACK" }, { IFF_POINTOPOINT, "POINTOPOINT" },
		{ IFF_NOTRAILERS, "NOTRAILERS" }, { IFF_RUNNING, "RUNNING" }, { IFF_NOARP, "NOARP" },
		{ IFF_PROMISC, "PROMISC" }, { IFF_ALLMULTI, "ALLMULTI" }, { IFF_MASTER, "MASTER" },
		{ IFF_SLAVE, "SLAVE" }, { IFF_MULTICAST, "MULTICAST" }, { IFF_DYNAMIC, "DYNAMIC" },
	};
	printf("%s: flags=%u<", name, flags);
	const char *sep = "";
	for (size_t i = 0; i < sizeof fl / sizeof *fl; i++)
		if (flags & fl[i].bit) {
			printf("%s%s", sep, fl[i].name);
			sep = ",";
		}
	int mtu = get(name, SIOCGIFMTU, &ifr) == 0 ? ifr.ifr_mtu : 0;
	printf(">  mtu %d\n", mtu);
	if (get(name, SIOCGIFADDR, &ifr) == 0) {
		printf("        inet %s", in_str(&ifr.ifr_addr));
		if (get(name, SIOCGIFNETMASK, &ifr) == 0)
			printf("  netmask %s", in_str(&ifr.ifr_netmask));
		if ((flags & IFF_BROADCAST) && get(name, SIOCGIFBRDADDR, &ifr) == 0 &&
		    ((struct sockaddr_in *)&ifr.ifr_broadaddr)->sin_addr.s_addr)
			printf("  broadcast %s", in_str(&ifr.ifr_broadaddr));
		if ((flags & IFF_POINTOPOINT) && get(name, SIOCGIFDSTADDR, &ifr) == 0)
			printf("  destination %s", in_str(&ifr.ifr_dstaddr));
		putchar('\n');
	}
	/* IPv6 addresses: /proc/net/if_inet6 has "addr index plen scope flags name" */
	FILE *f = fopen("/proc/net/if_inet6", "r");
	char line[256];
	while (f && fgets(line, sizeof line, f)) {
		char hex[33], dev[IFNAMSIZ + 1];
		unsigned idx, plen, scope, fl6;
		if (sscanf(line, "%32s %x %x %x %x %16s", hex, &idx, &plen, &scope, &fl6, dev) != 6 ||
		    strcmp(dev, name) || strlen(hex) != 32)
			continue;
		unsigned char a[16];
		for (int i = 0; i < 16; i++) {
			char b[3] = { hex[2 * i], hex[2 * i + 1], 0 };
			a[i] = strtoul(b, 0, 16);
		}
		char s[INET6_ADDRSTRLEN];
		inet_ntop(AF_INET6, a, s, sizeof s);
		printf("        inet6 %s  prefixlen %u  scopeid 0x%x<%s>\n", s, plen, scope,
		       scope == 0x10 ? "host" : scope == 0x20 ? "link" : scope == 0x40 ? "site" :
		       scope == 0 ? "global" : "other");
	}
	if (f)
		fclose(f);
	int qlen = get(name, SIOCGIFTXQLEN, &ifr) == 0 ? ifr.ifr_ifru.ifru_ivalue : 0;
	if (get(name, SIOCGIFHWADDR, &ifr) == 0) {
		unsigned char *m = (unsigned char *)ifr.ifr_hwaddr.sa_data;
		int type = ifr.ifr_hwaddr.sa_family;
		if (type == ARPHRD_LOOPBACK)
			printf("        loop  txqueuelen %d  (Local Loopback)\n", qlen);
		else if (type == ARPHRD_ETHER)
			printf("        ether %02x:%02x:%02x:%02x:%02x:%02x  txqueuelen %d  (Ethernet)\n",
			       m[0], m[1], m[2], m[3], m[4], m[5], qlen);
		else
			printf("        unspec  txqueuelen %d  (UNSPEC)\n", qlen);
	}
	unsigned long long v[16];
	if (dev_stats(name, v)) {
		char h[16];
		printf("        RX packets %llu  bytes %llu (%sB)\n", v[1], v[0], human_size(h, sizeof h, v[0]));
		printf("        RX errors %llu  dropped %llu  overruns %llu  frame %llu\n", v[2], v[3], v[4], v[5]);
		printf("        TX packets %llu  bytes %llu (%sB)\n", v[9], v[8], human_size(h, sizeof h, v[8]));
		printf("        TX errors %llu  dropped %llu overruns %llu  carrier %llu  collisions %llu\n",
		       v[10], v[11], v[12], v[14], v[13]);
	}
	putchar('\n');
}

static int show_all(int all)
{
	FILE *f = fopen("/proc/net/dev", "r");
	char line[512];
	if (!f) {
		warn_errno("/proc/net/dev");
		return 1;
	}
	while (fgets(line, sizeof line, f)) {
		char *colon = strchr(line, ':');
		if (!colon)
			continue;
		*colon = 0;
		char *n = line + strspn(line, " ");
		struct ifreq ifr;
		if (!all && (get(n, SIOCGIFFLAGS, &ifr) < 0 || !(ifr.ifr_flags & IFF_UP)))
			continue;
		show(n);
	}
	fclose(f);
	return 0;
}

static void set_in(const char *name, unsigned long req, const char *val, const char *what)
{
	struct ifreq ifr;
	struct sockaddr_in *sin = (struct sockaddr_in *)&ifr.ifr_addr;
	memset(&ifr, 0, sizeof ifr);
	strncpy(ifr.ifr_name, name, IFNAMSIZ - 1);
	sin->sin_family = AF_INET;
	if (!inet_aton(val, &sin->sin_addr))
		die("invalid %s '%s'", what, val);
	if (ioctl(sock, req, &ifr) < 0)
		die_errno("%s: %s %s", name, what, val);
}

static void set_flag(const char *name, unsigned bit, int on)
{
	struct ifreq ifr;
	if (get(name, SIOCGIFFLAGS, &ifr) < 0)
		die_errno("%s", name);
	if (on)
		ifr.ifr_flags |= bit;
	else
		ifr.ifr_flags &= ~bit;
	if (ioctl(sock, SIOCSIFFLAGS, &ifr) < 0)
		die_errno("%s: cannot set flags", name);
}

int ifconfig_main(int argc, char **argv)
{
	int all = 0;
	argv++;
	argc--;
	if (argc && !strcmp(argv[0], "-a")) {
		all = 1;
		argv++;
		argc--;
	}
	sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (sock < 0)
		die_errno("socket");
	if (!argc)
		return show_all(all);
	const char *name = argv[0];
	if (strlen(name) >= IFNAMSIZ)
		die("%s: name too long", name);
	if (argc == 1) {
		struct ifreq ifr;
		if (get(name, SIOCGIFFLAGS, &ifr) < 0)
			die_errno("%s", name);
		show(name);
		return 0;
	}
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *next = i + 1 < argc ? argv[i + 1] : 0;
		if (!strcmp(a, "up"))
			set_flag(name, IFF_UP | IFF_RUNNING, 1);
		else if (!strcmp(a, "down"))
			set_flag(name, IFF_UP, 0);
		else if (!strcmp(a, "arp") || !strcmp(a, "-arp"))
			set_flag(name, IFF_NOARP, a[0] == '-');
		else if (!strcmp(a, "promisc") || !strcmp(a, "-promisc"))
			set_flag(name, IFF_PROMISC, a[0] != '-');
		else if (!strcmp(a, "allmulti") || !strcmp(a, "-allmulti"))
			set_flag(name, IFF_ALLMULTI, a[0] != '-');
		else if (!strcmp(a, "netmask") && next) {
			set_in(name, SIOCSIFNETMASK, next, "netmask");
			i++;
		} else if ((!strcmp(a, "broadcast") || !strcmp(a, "-broadcast")) && next) {
			set_in(name, SIOCSIFBRDADDR, next, "broadcast");
			i++;
		} else if ((!strcmp(a, "pointopoint") || !strcmp(a, "dstaddr")) && next) {
			set_in(name, SIOCSIFDSTADDR, next, "destination");
			i++;
		} else if ((!strcmp(a, "mtu") || !strcmp(a, "txqueuelen")) && next) {
			struct ifreq ifr;
			char *end;
			long v = strtol(next, &end, 10);
			if (!*next || *end || v < 0 || v > 0x7fffffff)
				die("invalid %s '%s'", a, next);
			get(name, 0, &ifr);
			ifr.ifr_ifru.ifru_ivalue = v;
			if (ioctl(sock, a[0] == 'm' ? SIOCSIFMTU : SIOCSIFTXQLEN, &ifr) < 0)
				die_errno("%s: %s %s", name, a, next);
			i++;
		} else if (!strcmp(a, "hw") && next && i + 2 < argc) {
			if (strcmp(next, "ether"))
				die("unsupported hardware class '%s'", next);
			const char *mac = argv[i + 2];
			struct ifreq ifr;
			unsigned b[6];
			char extra;
			if (sscanf(mac, "%x:%x:%x:%x:%x:%x%c", &b[0], &b[1], &b[2], &b[3], &b[4], &b[5], &extra) != 6)
				die("invalid address '%s'", mac);
			get(name, 0, &ifr);
			ifr.ifr_hwaddr.sa_family = ARPHRD_ETHER;
			for (int k = 0; k < 6; k++) {
				if (b[k] > 255)
					die("invalid address '%s'", mac);
				ifr.ifr_hwaddr.sa_data[k] = b[k];
			}
			if (ioctl(sock, SIOCSIFHWADDR, &ifr) < 0)
				die_errno("%s: hw ether %s", name, mac);
			i += 2;
		} else if (strchr("0123456789", a[0])) {
			char addr[32];
			const char *slash = strchr(a, '/');
			size_t n = slash ? (size_t)(slash - a) : strlen(a);
			if (n >= sizeof addr)
				die("invalid address '%s'", a);
			memcpy(addr, a, n);
			addr[n] = 0;
			set_in(name, SIOCSIFADDR, addr, "address");
			if (slash) {
				char *end;
				long len = strtol(slash + 1, &end, 10);
				if (!slash[1] || *end || len < 0 || len > 32)
					die("invalid prefix length '%s'", slash + 1);
				struct in_addr m = { htonl(len ? 0xffffffffu << (32 - len) : 0) };
				set_in(name, SIOCSIFNETMASK, inet_ntoa(m), "netmask");
			}
			set_flag(name, IFF_UP | IFF_RUNNING, 1);
		} else {
			warn_msg("unknown argument '%s'", a);
			return usage();
		}
	}
	return 0;
}
