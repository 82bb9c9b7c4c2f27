/* ip - show and change interfaces, addresses, routes and neighbours
 *
 * APPLET(ip, SBIN)
 * usage: ip [-4|-6] [-o] [-br] [-d] [-s [-s]] OBJECT COMMAND...
 *
 * Talk to the kernel over rtnetlink, the way iproute2's ip does. OBJECT and COMMAND
 * may be abbreviated (a, l, r, n; sh, del ...).
 *
 * ip addr show|flush [dev IF] [scope S] [up]
 * ip addr add|del ADDR[/LEN] [peer ADDR] [brd ADDR|+|-] [scope S] [label L] dev IF
 * ip link show [dev] [IF] [up]
 * ip link set [dev] IF [up|down] [mtu N] [name NEW] [address MAC] [arp on|off]
 *         [multicast on|off] [promisc on|off] [txqueuelen N] [netns PID]
 * ip link add NAME type KIND [peer name PEER]   (veth, dummy, bridge ...)
 * ip link del [dev] IF
 * ip route show|flush [table main|local|all|N] [dev IF]
 * ip route add|del|replace|change|append [TYPE] PREFIX|default [via GW] [dev IF]
 *         [metric N] [src ADDR] [proto P] [scope S] [table N] [mtu N] [onlink]
 * ip route get ADDR [from ADDR] [oif IF]
 * ip neigh show [dev IF]
 *
 * -4, -6     only IPv4, only IPv6
 * -o         one line per record (--oneline)
 * -br        brief output: one line per interface (--brief)
 * -d         details (link kind)
 * -s         statistics of links: RX and TX bytes, packets, errors, drops...;
 *            twice: the kinds of errors too (--stats, --statistics)
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include "ring3.h"

#ifndef IFF_LOWER_UP
#define IFF_LOWER_UP 0x10000
#define IFF_DORMANT 0x20000
#define IFF_ECHO 0x40000
#endif

static int family = AF_UNSPEC, oneline, brief, details, stats;
static int nlfd = -1;
static unsigned nlseq;

/* --- netlink ----------------------------------------------------------------------- */

struct req {
	struct nlmsghdr n;
	char buf[2048];
};

static void nl_open(void)
{
	nlfd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	if (nlfd < 0)
		die_errno("netlink socket");
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	if (bind(nlfd, (struct sockaddr *)&sa, sizeof sa) < 0)
		die_errno("netlink bind");
}

static void req_init(struct req *r, int type, int flags, const void *hdr, size_t len)
{
	memset(r, 0, sizeof *r);
	r->n.nlmsg_len = NLMSG_LENGTH(len);
	r->n.nlmsg_type = type;
	r->n.nlmsg_flags = NLM_F_REQUEST | flags;
	r->n.nlmsg_seq = ++nlseq;
	memcpy(NLMSG_DATA(&r->n), hdr, len);
}

static struct rtattr *addattr(struct req *r, int type, const void *data, size_t len)
{
	size_t at = NLMSG_ALIGN(r->n.nlmsg_len);
	if (at + RTA_SPACE(len) > sizeof *r)
		die("request too long");
	struct rtattr *a = (struct rtattr *)((char *)r + at);
	a->rta_type = type;
	a->rta_len = RTA_LENGTH(len);
	if (len)
		memcpy(RTA_DATA(a), data, len);
	r->n.nlmsg_len = at + RTA_ALIGN(a->rta_len);
	return a;
}

static void addattr32(struct req *r, int type, uint32_t v)
{
	addattr(r, type, &v, 4);
}

/* A nested attribute: open with nest_begin, close with nest_end. */
static struct rtattr *nest_begin(struct req *r, int type)
{
	return addattr(r, type, 0, 0);
}

static void nest_end(struct req *r, struct rtattr *a)
{
	a->rta_len = (char *)r + r->n.nlmsg_len - (char *)a;
}

static char rxbuf[65536] __attribute__((aligned(8)));

/* Receive until the reply to seq ends. cb sees each data message; an error message
 * sets errno and returns -1. With no callback, an ack (error 0) ends it. */
static int nl_recv(unsigned seq, int (*cb)(struct nlmsghdr *, void *), void *arg)
{
	for (;;) {
		struct sockaddr_nl sa;
		struct iovec iov = { rxbuf, sizeof rxbuf };
		struct msghdr m = { .msg_name = &sa, .msg_namelen = sizeof sa,
				    .msg_iov = &iov, .msg_iovlen = 1 };
		ssize_t n = recvmsg(nlfd, &m, 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			die_errno("netlink receive");
		}
		if (m.msg_flags & MSG_TRUNC)
			die("netlink reply truncated");
		size_t next;
		for (size_t off = 0; off + sizeof(struct nlmsghdr) <= (size_t)n; off = next) {
			struct nlmsghdr *h = (struct nlmsghdr *)(rxbuf + off);
			if (h->nlmsg_len < sizeof *h || h->nlmsg_len > (size_t)n - off)
				die("malformed netlink reply");
			next = off + NLMSG_ALIGN(h->nlmsg_len);
			if (sa.nl_pid || h->nlmsg_seq != seq)
				continue;
			if (h->nlmsg_type == NLMSG_DONE)
				return 0;
			if (h->nlmsg_type == NLMSG_ERROR) {
				if (h->nlmsg_len < NLMSG_LENGTH(sizeof(int)))
					die("malformed netlink error");
				int e = ((struct nlmsgerr *)NLMSG_DATA(h))->error;
				if (!e)
					return 0;
				errno = -e;
				return -1;
			}
			if (cb && cb(h, arg))
				return 0;
			if (!(h->nlmsg_flags & NLM_F_MULTI) && cb)
				return 0;
		}
	}
}

static int nl_send(struct req *r)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	if (sendto(nlfd, r, r->n.nlmsg_len, 0, (struct sockaddr *)&sa, sizeof sa) < 0)
		die_errno("netlink send");
	return r->n.nlmsg_seq;
}

/* Send a change and wait for the kernel's ack: 0, or -1 with errno. */
static int nl_talk(struct req *r)
{
	r->n.nlmsg_flags |= NLM_F_ACK;
	return nl_recv(nl_send(r), 0, 0);
}

static void nl_dump(int type, int fam, int (*cb)(struct nlmsghdr *, void *), void *arg)
{
	struct req r;
	/* every dump header starts with the family byte */
	unsigned char hdr[sizeof(struct ifinfomsg)] = { fam };
	size_t hl = type == RTM_GETLINK ? sizeof(struct ifinfomsg) :
		    type == RTM_GETADDR ? sizeof(struct ifaddrmsg) :
		    type == RTM_GETNEIGH ? sizeof(struct ndmsg) : sizeof(struct rtmsg);
	req_init(&r, type, NLM_F_DUMP, hdr, hl);
	if (nl_recv(nl_send(&r), cb, arg) < 0)
		die_errno("dump request failed");
}

/* Split attributes into tb[0..max]; later duplicates win, out-of-range types are ignored. */
static void parse_attrs(struct rtattr **tb, int max, struct rtattr *a, int len)
{
	memset(tb, 0, sizeof *tb * (max + 1));
	for (; RTA_OK(a, len); a = RTA_NEXT(a, len))
		if ((a->rta_type & NLA_TYPE_MASK) <= max)
			tb[a->rta_type & NLA_TYPE_MASK] = a;
}

static uint32_t attr32(struct rtattr *a)
{
	uint32_t v = 0;
	if (a && RTA_PAYLOAD(a) >= 4)
		memcpy(&v, RTA_DATA(a), 4);
	return v;
}

/* --- argument helpers ---------------------------------------------------------------- */

/* Does word abbreviate full (at least one character)? */
static int matches(const char *word, const char *full)
{
	size_t n = strlen(word);
	return n && n <= strlen(full) && !strncmp(word, full, n);
}

struct addr {
	int family, bits, len;	/* bits -1: no /LEN given */
	unsigned char a[16];
};

static int parse_addr(const char *s, struct addr *ad, int fam)
{
	char buf[64];
	memset(ad, 0, sizeof *ad);
	ad->bits = -1;
	if (!strcmp(s, "default") || !strcmp(s, "any") || !strcmp(s, "all")) {
		ad->family = fam ? fam : AF_INET;
		ad->len = ad->family == AF_INET6 ? 16 : 4;
		ad->bits = 0;
		return 0;
	}
	if (strlen(s) >= sizeof buf)
		return -1;
	strcpy(buf, s);
	char *slash = strchr(buf, '/');
	if (slash)
		*slash++ = 0;
	ad->family = strchr(buf, ':') ? AF_INET6 : AF_INET;
	if (fam && fam != ad->family)
		return -1;
	ad->len = ad->family == AF_INET6 ? 16 : 4;
	if (inet_pton(ad->family, buf, ad->a) != 1) {
		/* iproute2 takes short IPv4 forms such as 10/8 */
		unsigned parts[4] = { 0 };
		int n = 0;
		char *p = buf;
		if (ad->family != AF_INET)
			return -1;
		for (;;) {
			char *end;
			if (n == 4 || *p < '0' || *p > '9')
				return -1;
			unsigned long v = strtoul(p, &end, 10);
			if (v > 255)
				return -1;
			parts[n++] = v;
			if (!*end)
				break;
			if (*end != '.')
				return -1;
			p = end + 1;
		}
		for (int i = 0; i < 4; i++)
			ad->a[i] = parts[i];
	}
	if (slash) {
		char *end;
		unsigned long b = strtoul(slash, &end, 10);
		if (!*slash || *end || b > (unsigned long)ad->len * 8)
			return -1;
		ad->bits = b;
	}
	return 0;
}

static void get_addr(const char *s, struct addr *ad, int fam, const char *what)
{
	if (parse_addr(s, ad, fam))
		die("invalid %s \"%s\"", what, s);
}

static unsigned get_uint(const char *s, const char *what, unsigned long max)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 0);
	if (!*s || *s == '-' || *end || errno || v > max)
		die("invalid %s \"%s\"", what, s);
	return v;
}

static int get_ifindex(const char *name)
{
	unsigned i = strlen(name) < IFNAMSIZ ? if_nametoindex(name) : 0;
	if (!i)
		die("cannot find device \"%s\"", name);
	return i;
}

static const char *need(char **argv, const char *what)
{
	if (!argv[1])
		die("argument to \"%s\" is missing", what);
	return argv[1];
}

static const struct { const char *name; int v; } scopes[] = {
	{ "global", RT_SCOPE_UNIVERSE }, { "universe", RT_SCOPE_UNIVERSE },
	{ "site", RT_SCOPE_SITE }, { "link", RT_SCOPE_LINK }, { "host", RT_SCOPE_HOST },
	{ "nowhere", RT_SCOPE_NOWHERE },
}, protos[] = {
	{ "redirect", RTPROT_REDIRECT }, { "kernel", RTPROT_KERNEL }, { "boot", RTPROT_BOOT },
	{ "static", RTPROT_STATIC }, { "ra", RTPROT_RA }, { "dhcp", RTPROT_DHCP },
	{ "unspec", RTPROT_UNSPEC },
}, rtypes[] = {
	{ "unicast", RTN_UNICAST }, { "local", RTN_LOCAL }, { "broadcast", RTN_BROADCAST },
	{ "anycast", RTN_ANYCAST }, { "multicast", RTN_MULTICAST },
	{ "blackhole", RTN_BLACKHOLE }, { "unreachable", RTN_UNREACHABLE },
	{ "prohibit", RTN_PROHIBIT }, { "throw", RTN_THROW }, { "nat", RTN_NAT },
}, tables[] = {
	{ "main", RT_TABLE_MAIN }, { "local", RT_TABLE_LOCAL }, { "default", RT_TABLE_DEFAULT },
	{ "all", 0 }, { "unspec", 0 },
};
#define LOOKUP(tab, s) lookup(tab, sizeof tab / sizeof *tab, s)
#define NAME(tab, v, buf) name_of(tab, sizeof tab / sizeof *tab, v, buf)

static int lookup(const void *tab, size_t n, const char *s)
{
	const struct { const char *name; int v; } *t = tab;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(t[i].name, s))
			return t[i].v;
	char *end;
	unsigned long v = strtoul(s, &end, 0);
	return *s && !*end && v <= 255 ? (int)v : -1;
}

static const char *name_of(const void *tab, size_t n, int v, char *buf)
{
	const struct { const char *name; int v; } *t = tab;
	for (size_t i = 0; i < n; i++)
		if (t[i].v == v)
			return t[i].name;
	sprintf(buf, "%d", v);
	return buf;
}

/* --- links --------------------------------------------------------------------------- */

struct link {
	int index, type, link, master, operstate, mode, netnsid;
	unsigned flags, mtu, txqlen, group;
	char name[IFNAMSIZ + 1], qdisc[32], kind[32];
	unsigned char addr[32], brd[32];
	int alen, blen, has_stats;
	uint64_t st[25];	/* struct rtnl_link_stats64, in the order of the S_ names */
	uint32_t carrier_changes;
};

/* The fields of struct rtnl_link_stats64 (IFLA_STATS64) */
enum {
	S_RX_PACKETS, S_TX_PACKETS, S_RX_BYTES, S_TX_BYTES, S_RX_ERRORS, S_TX_ERRORS,
	S_RX_DROPPED, S_TX_DROPPED, S_MULTICAST, S_COLLISIONS, S_RX_LENGTH, S_RX_OVER,
	S_RX_CRC, S_RX_FRAME, S_RX_FIFO, S_RX_MISSED, S_TX_ABORTED, S_TX_CARRIER,
	S_TX_FIFO, S_TX_HEARTBEAT, S_TX_WINDOW, S_RX_COMPRESSED, S_TX_COMPRESSED,
	S_RX_NOHANDLER, S_RX_OTHERHOST
};
static struct link *links;
static size_t nlinks;

static int link_cb(struct nlmsghdr *h, void *arg)
{
	if (h->nlmsg_type != RTM_NEWLINK || h->nlmsg_len < NLMSG_LENGTH(sizeof(struct ifinfomsg)))
		return 0;
	struct ifinfomsg *ifi = NLMSG_DATA(h);
	struct rtattr *tb[IFLA_MAX_MTU + 1];
	parse_attrs(tb, IFLA_MAX_MTU, IFLA_RTA(ifi), IFLA_PAYLOAD(h));
	if (!tb[IFLA_IFNAME])
		return 0;
	links = xrealloc(links, (nlinks + 1) * sizeof *links);
	struct link *l = &links[nlinks++];
	memset(l, 0, sizeof *l);
	l->index = ifi->ifi_index;
	l->type = ifi->ifi_type;
	l->flags = ifi->ifi_flags;
	int n = RTA_PAYLOAD(tb[IFLA_IFNAME]);
	if (n > IFNAMSIZ)
		n = IFNAMSIZ;
	memcpy(l->name, RTA_DATA(tb[IFLA_IFNAME]), n);
	l->name[strnlen(l->name, n)] = 0;
	l->mtu = attr32(tb[IFLA_MTU]);
	l->txqlen = attr32(tb[IFLA_TXQLEN]);
	l->group = attr32(tb[IFLA_GROUP]);
	l->link = tb[IFLA_LINK] ? (int)attr32(tb[IFLA_LINK]) : -1;
	l->netnsid = tb[IFLA_LINK_NETNSID] ? (int)attr32(tb[IFLA_LINK_NETNSID]) : -1;
	l->master = attr32(tb[IFLA_MASTER]);
	l->operstate = tb[IFLA_OPERSTATE] && RTA_PAYLOAD(tb[IFLA_OPERSTATE]) >= 1 ?
		*(unsigned char *)RTA_DATA(tb[IFLA_OPERSTATE]) : 0;	/* IF_OPER_UNKNOWN */
	l->mode = tb[IFLA_LINKMODE] && RTA_PAYLOAD(tb[IFLA_LINKMODE]) >= 1 ?
		*(unsigned char *)RTA_DATA(tb[IFLA_LINKMODE]) : 0;
	if (tb[IFLA_QDISC]) {
		n = RTA_PAYLOAD(tb[IFLA_QDISC]);
		if (n >= (int)sizeof l->qdisc)
			n = sizeof l->qdisc - 1;
		memcpy(l->qdisc, RTA_DATA(tb[IFLA_QDISC]), n);
		l->qdisc[strnlen(l->qdisc, n)] = 0;
	}
	if (tb[IFLA_ADDRESS] && RTA_PAYLOAD(tb[IFLA_ADDRESS]) <= (int)sizeof l->addr) {
		l->alen = RTA_PAYLOAD(tb[IFLA_ADDRESS]);
		memcpy(l->addr, RTA_DATA(tb[IFLA_ADDRESS]), l->alen);
	}
	if (tb[IFLA_BROADCAST] && RTA_PAYLOAD(tb[IFLA_BROADCAST]) <= (int)sizeof l->brd) {
		l->blen = RTA_PAYLOAD(tb[IFLA_BROADCAST]);
		memcpy(l->brd, RTA_DATA(tb[IFLA_BROADCAST]), l->blen);
	}
	if (tb[IFLA_STATS64]) {
		/* older kernels send fewer fields: the rest stay 0 */
		size_t n = RTA_PAYLOAD(tb[IFLA_STATS64]);
		memcpy(l->st, RTA_DATA(tb[IFLA_STATS64]), n < sizeof l->st ? n : sizeof l->st);
		l->has_stats = 1;
	}
	l->carrier_changes = attr32(tb[IFLA_CARRIER_CHANGES]);
	if (tb[IFLA_LINKINFO]) {
		struct rtattr *li[IFLA_INFO_SLAVE_DATA + 1];
		parse_attrs(li, IFLA_INFO_SLAVE_DATA, RTA_DATA(tb[IFLA_LINKINFO]),
			    RTA_PAYLOAD(tb[IFLA_LINKINFO]));
		if (li[IFLA_INFO_KIND]) {
			n = RTA_PAYLOAD(li[IFLA_INFO_KIND]);
			if (n >= (int)sizeof l->kind)
				n = sizeof l->kind - 1;
			memcpy(l->kind, RTA_DATA(li[IFLA_INFO_KIND]), n);
			l->kind[strnlen(l->kind, n)] = 0;
		}
	}
	return 0;
}

static void load_links(void)
{
	free(links);
	links = 0;
	nlinks = 0;
	nl_dump(RTM_GETLINK, AF_UNSPEC, link_cb, 0);
}

static struct link *link_by_index(int index)
{
	for (size_t i = 0; i < nlinks; i++)
		if (links[i].index == index)
			return &links[i];
	return 0;
}

static const char *ifname(int index, char *buf)
{
	struct link *l = link_by_index(index);
	if (l)
		return l->name;
	sprintf(buf, "if%d", index);
	return buf;
}

static const char *hwaddr(const unsigned char *a, int len, char *buf)
{
	char *p = buf;
	if (!len)
		return strcpy(buf, "");
	for (int i = 0; i < len && i < 32; i++)
		p += sprintf(p, "%s%02x", i ? ":" : "", a[i]);
	return buf;
}

static int parse_mac(const char *s, unsigned char *out)
{
	int n = 0;
	while (*s && n < 32) {
		char *end;
		if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f') || (*s >= 'A' && *s <= 'F')))
			return -1;
		unsigned long v = strtoul(s, &end, 16);
		if (v > 255 || end - s > 2)
			return -1;
		out[n++] = v;
		if (!*end)
			return n;
		if (*end != ':' && *end != '-')
			return -1;
		s = end + 1;
	}
	return -1;
}

/* The link address attribute from "aa:bb:..."; dies if it is not one. */
static void add_mac(struct req *r, const char *mac)
{
	unsigned char hw[32];
	int n = parse_mac(mac, hw);
	if (n < 0)
		die("invalid address \"%s\"", mac);
	addattr(r, IFLA_ADDRESS, hw, n);
}

static const char *operstates[] = { "UNKNOWN", "NOTPRESENT", "DOWN", "LOWERLAYERDOWN",
				     "TESTING", "DORMANT", "UP" };

static const char *operstate(struct link *l)
{
	return l->operstate < 7 ? operstates[l->operstate] : "UNKNOWN";
}

static const char *link_type(int type, char *buf)
{
	switch (type) {
	case ARPHRD_ETHER: return "ether";
	case ARPHRD_LOOPBACK: return "loopback";
	case ARPHRD_NONE: return "none";
	case ARPHRD_PPP: return "ppp";
	case ARPHRD_SIT: return "sit";
	case ARPHRD_TUNNEL: return "ipip";
	case ARPHRD_TUNNEL6: return "tunnel6";
	case ARPHRD_IPGRE: return "gre";
	case ARPHRD_IEEE80211: return "ieee802.11";
	case ARPHRD_INFINIBAND: return "infiniband";
	case ARPHRD_VOID: return "void";
	}
	sprintf(buf, "[%d]", type);
	return buf;
}

static void print_flags(unsigned f)
{
	static const struct { unsigned bit; const char *name; } names[] = {
		{ IFF_LOOPBACK, "LOOPBACK" }, { IFF_BROADCAST, "BROADCAST" },
		{ IFF_POINTOPOINT, "POINTOPOINT" }, { IFF_MULTICAST, "MULTICAST" },
		{ IFF_NOARP, "NOARP" }, { IFF_ALLMULTI, "ALLMULTI" }, { IFF_PROMISC, "PROMISC" },
		{ IFF_MASTER, "MASTER" }, { IFF_SLAVE, "SLAVE" }, { IFF_DEBUG, "DEBUG" },
		{ IFF_DYNAMIC, "DYNAMIC" }, { IFF_AUTOMEDIA, "AUTOMEDIA" },
		{ IFF_PORTSEL, "PORTSEL" }, { IFF_NOTRAILERS, "NOTRAILERS" }, { IFF_UP, "UP" },
		{ IFF_LOWER_UP, "LOWER_UP" }, { IFF_DORMANT, "DORMANT" }, { IFF_ECHO, "ECHO" },
	};
	const char *sep = "";
	putchar('<');
	if ((f & IFF_UP) && !(f & IFF_RUNNING)) {
		fputs("NO-CARRIER", stdout);
		sep = ",";
	}
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (f & names[i].bit) {
			printf("%s%s", sep, names[i].name);
			sep = ",";
		}
	putchar('>');
}

/* The end of a line of one record: a real newline, or "\" in -o mode. */
static void nl(void)
{
	fputs(oneline ? "\\" : "\n", stdout);
}

static void print_stats(struct link *l);

static void print_link_head(struct link *l, int show_mode)
{
	char b[16];
	printf("%d: %s", l->index, l->name);
	if (l->link > 0 && l->link != l->index) {
		if (l->netnsid >= 0 || !link_by_index(l->link))
			printf("@if%d", l->link);
		else
			printf("@%s", ifname(l->link, b));
	} else if (l->link == 0 && l->kind[0])
		printf("@NONE");
	fputs(": ", stdout);
	print_flags(l->flags);
	printf(" mtu %u", l->mtu);
	if (l->qdisc[0])
		printf(" qdisc %s", l->qdisc);
	if (l->master)
		printf(" master %s", ifname(l->master, b));
	printf(" state %s", operstate(l));
	if (show_mode)
		printf(" mode %s", l->mode ? "DORMANT" : "DEFAULT");
	if (l->group)
		printf(" group %u", l->group);
	else
		fputs(" group default", stdout);
	if (l->txqlen)
		printf(" qlen %u", l->txqlen);
	nl();
	char t[16], a[100];
	printf("    link/%s", link_type(l->type, t));
	if (l->alen)
		printf(" %s", hwaddr(l->addr, l->alen, a));
	if (l->blen)
		printf(" %s %s", l->flags & IFF_POINTOPOINT ? "peer" : "brd", hwaddr(l->brd, l->blen, a));
	if (l->netnsid >= 0)
		printf(" link-netnsid %d", l->netnsid);
	if (details && l->kind[0]) {
		nl();
		printf("    %s ", l->kind);
	}
	/* ip addr puts them under the addresses */
	if (stats && l->has_stats && show_mode) {
		nl();
		print_stats(l);
	}
}

/* Numbers in the columns' widths, each followed by a space. */
static void stats_row(const int *w, const uint64_t *v, int n)
{
	for (int i = 0; i < n; i++)
		printf("%*llu ", w[i], (unsigned long long)v[i]);
}

/* The -s block under a link, laid out as iproute2's: right-aligned columns wide
 * enough for their header and for every number in them, RX errors: and TX errors:
 * rows (aborted ... transns) with -s -s. Compressed, nohandler and otherhost only
 * get a number when there is one. */
static void print_stats(struct link *l)
{
	const uint64_t *s = l->st;
	uint64_t rx[] = { s[S_RX_BYTES], s[S_RX_PACKETS], s[S_RX_ERRORS], s[S_RX_DROPPED],
			  s[S_RX_MISSED], s[S_MULTICAST], s[S_RX_COMPRESSED] };
	uint64_t tx[] = { s[S_TX_BYTES], s[S_TX_PACKETS], s[S_TX_ERRORS], s[S_TX_DROPPED],
			  s[S_TX_CARRIER], s[S_COLLISIONS], s[S_TX_COMPRESSED] };
	/* the error rows have an empty first column */
	uint64_t rxe[] = { 0, s[S_RX_LENGTH], s[S_RX_CRC], s[S_RX_FRAME], s[S_RX_FIFO],
			   s[S_RX_OVER], s[S_RX_OTHERHOST] };
	uint64_t txe[] = { 0, s[S_TX_ABORTED], s[S_TX_FIFO], s[S_TX_WINDOW],
			   s[S_TX_HEARTBEAT], l->carrier_changes, 0 };
	/* the first is as wide as "RX errors:", so the error rows line up */
	int w[7] = { 10, 7, 6, 7, 7, 7, 10 }, nh = 9, oh = 9;
	for (int i = 0; i < 7; i++) {
		const uint64_t *rows[] = { rx, tx, rxe, txe };
		for (int r = 0; r < 4; r++) {
			char b[24];
			int n = snprintf(b, sizeof b, "%llu", (unsigned long long)rows[r][i]);
			if (n > w[i])
				w[i] = n;
		}
	}
	char b[24];
	if (snprintf(b, sizeof b, "%llu", (unsigned long long)s[S_RX_NOHANDLER]) > nh)
		nh = strlen(b);
	if (snprintf(b, sizeof b, "%llu", (unsigned long long)s[S_RX_OTHERHOST]) > oh)
		oh = strlen(b);
	printf("    RX: %*s %*s %*s %*s %*s %*s %*s", w[0] - 4, "bytes", w[1], "packets",
	       w[2], "errors", w[3], "dropped", w[4], "missed", w[5], "mcast", w[6],
	       s[S_RX_COMPRESSED] ? "compressed" : "");
	if (s[S_RX_NOHANDLER])
		printf(" %*s", nh, "nohandler");
	nl();
	fputs("    ", stdout);
	stats_row(w, rx, s[S_RX_COMPRESSED] ? 7 : 6);
	if (s[S_RX_NOHANDLER])
		printf("%*llu ", nh, (unsigned long long)s[S_RX_NOHANDLER]);
	if (stats > 1) {
		nl();
		printf("    RX errors: %*s %*s %*s %*s %*s", w[1], "length", w[2], "crc", w[3],
		       "frame", w[4], "fifo", w[5], "overrun");
		if (s[S_RX_OTHERHOST])
			printf(" %*s", oh, "otherhost");
		nl();
		printf("    %*s ", w[0], "");
		stats_row(w + 1, rxe + 1, 5);
		if (s[S_RX_OTHERHOST])
			printf("%*llu ", oh, (unsigned long long)s[S_RX_OTHERHOST]);
	}
	nl();
	printf("    TX: %*s %*s %*s %*s %*s %*s %*s", w[0] - 4, "bytes", w[1], "packets",
	       w[2], "errors", w[3], "dropped", w[4], "carrier", w[5], "collsns", w[6],
	       s[S_TX_COMPRESSED] ? "compressed" : "");
	nl();
	fputs("    ", stdout);
	stats_row(w, tx, s[S_TX_COMPRESSED] ? 7 : 6);
	if (stats > 1) {
		nl();
		printf("    TX errors: %*s %*s %*s %*s %*s", w[1], "aborted", w[2], "fifo", w[3],
		       "window", w[4], "heartbt", w[5], "transns");
		nl();
		printf("    %*s ", w[0], "");
		stats_row(w + 1, txe + 1, 5);
	}
}

/* "name@peer" as -br prints it */
static const char *brief_name(struct link *l, char *name, size_t len)
{
	char b[16];
	snprintf(name, len, "%s", l->name);
	if (l->link > 0 && l->link != l->index) {
		if (l->netnsid >= 0 || !link_by_index(l->link))
			snprintf(name, len, "%s@if%d", l->name, l->link);
		else
			snprintf(name, len, "%s@%s", l->name, ifname(l->link, b));
	}
	return name;
}

static struct link *find_link(const char *name)
{
	for (size_t i = 0; i < nlinks; i++)
		if (!strcmp(links[i].name, name))
			return &links[i];
	die("device \"%s\" does not exist", name);
}

static int link_show(char **argv)
{
	const char *dev = 0;
	int up = 0;
	for (; *argv; argv++) {
		if (!strcmp(*argv, "dev"))
			dev = need(argv++, "dev");
		else if (!strcmp(*argv, "up"))
			up = 1;
		else if (!dev)
			dev = *argv;
		else
			die("either \"dev\" is duplicate, or \"%s\" is garbage", *argv);
	}
	load_links();
	struct link *only = dev ? find_link(dev) : 0;
	for (size_t i = 0; i < nlinks; i++) {
		struct link *l = &links[i];
		if ((only && l != only) || (up && !(l->flags & IFF_UP)))
			continue;
		if (brief) {
			char a[100], name[40];
			printf("%-16s %-14s %s ", brief_name(l, name, sizeof name), operstate(l),
			       hwaddr(l->addr, l->alen, a));
			print_flags(l->flags);
			puts(" ");
			continue;
		}
		print_link_head(l, 1);
		putchar('\n');
	}
	return 0;
}

static void set_onoff(char **argv, const char *what, unsigned bit, int invert,
		      struct ifinfomsg *ifi)
{
	const char *v = need(argv, what);
	int on;
	if (!strcmp(v, "on"))
		on = 1;
	else if (!strcmp(v, "off"))
		on = 0;
	else
		die("argument of \"%s\" must be \"on\" or \"off\"", what);
	ifi->ifi_change |= bit;
	if (on ^ invert)
		ifi->ifi_flags |= bit;
	else
		ifi->ifi_flags &= ~bit;
}

static int link_set(char **argv)
{
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC };
	struct req r;
	const char *dev = 0, *name = 0, *mac = 0;
	long mtu = -1, txq = -1, nspid = -1;
	for (; *argv; argv++) {
		const char *a = *argv;
		if (!strcmp(a, "up") || !strcmp(a, "down")) {
			ifi.ifi_change |= IFF_UP;
			if (a[0] == 'u')
				ifi.ifi_flags |= IFF_UP;
			else
				ifi.ifi_flags &= ~IFF_UP;
		} else if (!strcmp(a, "mtu")) {
			mtu = get_uint(need(argv++, a), "mtu", 0x7fffffff);
		} else if (!strcmp(a, "name")) {
			name = need(argv++, a);
			if (!*name || strlen(name) >= IFNAMSIZ || strchr(name, '/') || strchr(name, ' '))
				die("\"%s\" is not a valid ifname", name);
		} else if (!strcmp(a, "address")) {
			mac = need(argv++, a);
		} else if (!strcmp(a, "txqueuelen") || !strcmp(a, "qlen") || !strcmp(a, "txqlen")) {
			txq = get_uint(need(argv++, a), "txqueuelen", 0x7fffffff);
		} else if (!strcmp(a, "netns")) {
			nspid = get_uint(need(argv++, a), "netns", 0x7fffffff);
		} else if (!strcmp(a, "arp")) {
			set_onoff(argv++, a, IFF_NOARP, 1, &ifi);
		} else if (!strcmp(a, "multicast")) {
			set_onoff(argv++, a, IFF_MULTICAST, 0, &ifi);
		} else if (!strcmp(a, "promisc")) {
			set_onoff(argv++, a, IFF_PROMISC, 0, &ifi);
		} else if (!strcmp(a, "allmulticast")) {
			set_onoff(argv++, a, IFF_ALLMULTI, 0, &ifi);
		} else if (!strcmp(a, "dev")) {
			dev = need(argv++, a);
		} else if (!dev) {
			dev = a;
		} else {
			die("either \"dev\" is duplicate, or \"%s\" is garbage", a);
		}
	}
	if (!dev)
		die("not enough information: \"dev\" argument is required");
	ifi.ifi_index = get_ifindex(dev);
	req_init(&r, RTM_NEWLINK, 0, &ifi, sizeof ifi);
	if (mtu >= 0)
		addattr32(&r, IFLA_MTU, mtu);
	if (txq >= 0)
		addattr32(&r, IFLA_TXQLEN, txq);
	if (nspid >= 0)
		addattr32(&r, IFLA_NET_NS_PID, nspid);
	if (name)
		addattr(&r, IFLA_IFNAME, name, strlen(name) + 1);
	if (mac)
		add_mac(&r, mac);
	if (nl_talk(&r) < 0) {
		warn_errno("%s", dev);
		return 2;
	}
	return 0;
}

static int link_add(char **argv, int del)
{
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC };
	struct req r;
	const char *name = 0, *kind = 0, *peer = 0, *mac = 0;
	long mtu = -1;
	for (; *argv; argv++) {
		const char *a = *argv;
		if (!strcmp(a, "type")) {
			kind = need(argv++, a);
			if (argv[1] && !strcmp(argv[1], "peer")) {
				argv++;
				if (argv[1] && !strcmp(argv[1], "name"))
					argv++;
				peer = need(argv++, "peer");
			}
		} else if (!strcmp(a, "name") || !strcmp(a, "dev")) {
			name = need(argv++, a);
		} else if (!strcmp(a, "mtu")) {
			mtu = get_uint(need(argv++, a), "mtu", 0x7fffffff);
		} else if (!strcmp(a, "address")) {
			mac = need(argv++, a);
		} else if (!name) {
			name = a;
		} else {
			die("either \"dev\" is duplicate, or \"%s\" is garbage", a);
		}
	}
	if (!name)
		die("not enough information: \"dev\" argument is required");
	if (strlen(name) >= IFNAMSIZ || (peer && strlen(peer) >= IFNAMSIZ))
		die("name not valid ifname");
	if (del) {
		ifi.ifi_index = get_ifindex(name);
		req_init(&r, RTM_DELLINK, 0, &ifi, sizeof ifi);
	} else {
		if (!kind)
			die("not enough information: \"type\" argument is required");
		req_init(&r, RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, &ifi, sizeof ifi);
		addattr(&r, IFLA_IFNAME, name, strlen(name) + 1);
		if (mtu >= 0)
			addattr32(&r, IFLA_MTU, mtu);
		if (mac)
			add_mac(&r, mac);
		struct rtattr *li = nest_begin(&r, IFLA_LINKINFO);
		addattr(&r, IFLA_INFO_KIND, kind, strlen(kind));
		if (peer) {
			struct rtattr *data = nest_begin(&r, IFLA_INFO_DATA);
			struct rtattr *p = nest_begin(&r, 1)	/* VETH_INFO_PEER */;
			struct ifinfomsg pifi = { .ifi_family = AF_UNSPEC };
			size_t at = r.n.nlmsg_len;
			if (at + sizeof pifi > sizeof r)
				die("request too long");
			memcpy((char *)&r + at, &pifi, sizeof pifi);
			r.n.nlmsg_len += NLMSG_ALIGN(sizeof pifi);
			addattr(&r, IFLA_IFNAME, peer, strlen(peer) + 1);
			nest_end(&r, p);
			nest_end(&r, data);
		}
		nest_end(&r, li);
	}
	if (nl_talk(&r) < 0) {
		if (errno == EOPNOTSUPP && !del)
			warn_msg("%s: unknown device type \"%s\"", name, kind);
		else
			warn_errno("%s", name);
		return 2;
	}
	return 0;
}

/* --- addresses ----------------------------------------------------------------------- */

struct msgs {
	struct nlmsghdr **v;
	size_t n;
};

static int save_cb(struct nlmsghdr *h, void *arg)
{
	struct msgs *m = arg;
	m->v = xrealloc(m->v, (m->n + 1) * sizeof *m->v);
	m->v[m->n] = xmalloc(h->nlmsg_len);
	memcpy(m->v[m->n++], h, h->nlmsg_len);
	return 0;
}

static const char *fmt_addr(int fam, const void *a, int len, char *buf)
{
	if ((fam == AF_INET && len >= 4) || (fam == AF_INET6 && len >= 16))
		return inet_ntop(fam, a, buf, INET6_ADDRSTRLEN);
	return strcpy(buf, "?");
}

static const char *scope_name(int s, char *buf)
{
	return NAME(scopes, s, buf);
}

/* Print one address; returns 0 if it is filtered out. */
static int print_addr(struct nlmsghdr *h, struct link *l, int scope)
{
	struct ifaddrmsg *ifa = NLMSG_DATA(h);
	if (h->nlmsg_type != RTM_NEWADDR || h->nlmsg_len < NLMSG_LENGTH(sizeof *ifa))
		return 0;
	if ((int)ifa->ifa_index != l->index || (family && ifa->ifa_family != family))
		return 0;
	if (ifa->ifa_family != AF_INET && ifa->ifa_family != AF_INET6)
		return 0;
	if (scope >= 0 && ifa->ifa_scope != scope)
		return 0;
	struct rtattr *tb[IFA_FLAGS + 1];
	parse_attrs(tb, IFA_FLAGS, IFA_RTA(ifa), IFA_PAYLOAD(h));
	struct rtattr *local = tb[IFA_LOCAL] ? tb[IFA_LOCAL] : tb[IFA_ADDRESS];
	if (!local)
		return 0;
	unsigned flags = tb[IFA_FLAGS] ? attr32(tb[IFA_FLAGS]) : ifa->ifa_flags;
	char a[INET6_ADDRSTRLEN], b[16];
	int fam = ifa->ifa_family;
	if (brief) {
		printf("%s/%d ", fmt_addr(fam, RTA_DATA(local), RTA_PAYLOAD(local), a),
		       ifa->ifa_prefixlen);
		return 1;
	}
	if (oneline)
		printf("%d: %-6s", l->index, l->name);
	printf("    %s %s", fam == AF_INET ? "inet" : "inet6",
	       fmt_addr(fam, RTA_DATA(local), RTA_PAYLOAD(local), a));
	if (tb[IFA_LOCAL] && tb[IFA_ADDRESS] && RTA_PAYLOAD(tb[IFA_LOCAL]) == RTA_PAYLOAD(tb[IFA_ADDRESS]) &&
	    memcmp(RTA_DATA(tb[IFA_LOCAL]), RTA_DATA(tb[IFA_ADDRESS]), RTA_PAYLOAD(tb[IFA_LOCAL])))
		printf(" peer %s", fmt_addr(fam, RTA_DATA(tb[IFA_ADDRESS]), RTA_PAYLOAD(tb[IFA_ADDRESS]), a));
	printf("/%d", ifa->ifa_prefixlen);
	if (tb[IFA_BROADCAST])
		printf(" brd %s", fmt_addr(fam, RTA_DATA(tb[IFA_BROADCAST]), RTA_PAYLOAD(tb[IFA_BROADCAST]), a));
	printf(" scope %s", scope_name(ifa->ifa_scope, b));
	static const struct { unsigned bit; const char *name; } fl[] = {
		{ IFA_F_SECONDARY, "secondary" }, { IFA_F_NODAD, "nodad" },
		{ IFA_F_OPTIMISTIC, "optimistic" }, { IFA_F_DADFAILED, "dadfailed" },
		{ IFA_F_HOMEADDRESS, "home" }, { IFA_F_DEPRECATED, "deprecated" },
		{ IFA_F_TENTATIVE, "tentative" }, { IFA_F_MANAGETEMPADDR, "mngtmpaddr" },
		{ IFA_F_NOPREFIXROUTE, "noprefixroute" }, { IFA_F_MCAUTOJOIN, "autojoin" },
		{ IFA_F_STABLE_PRIVACY, "stable-privacy" },
	};
	for (size_t i = 0; i < sizeof fl / sizeof *fl; i++)
		if (flags & fl[i].bit) {
			if (fl[i].bit == IFA_F_SECONDARY && fam == AF_INET6)
				fputs(" temporary", stdout);
			else
				printf(" %s", fl[i].name);
		}
	if (!(flags & IFA_F_PERMANENT))
		fputs(" dynamic", stdout);
	if (fam == AF_INET) {
		if (tb[IFA_LABEL] && RTA_PAYLOAD(tb[IFA_LABEL]) > 0) {
			int n = RTA_PAYLOAD(tb[IFA_LABEL]);
			printf(" %.*s", (int)strnlen(RTA_DATA(tb[IFA_LABEL]), n), (char *)RTA_DATA(tb[IFA_LABEL]));
		} else
			printf(" %s", l->name);
	} else
		putchar(' ');
	nl();
	fputs("       ", stdout);
	if (tb[IFA_CACHEINFO] && RTA_PAYLOAD(tb[IFA_CACHEINFO]) >= (int)sizeof(struct ifa_cacheinfo)) {
		struct ifa_cacheinfo ci;
		memcpy(&ci, RTA_DATA(tb[IFA_CACHEINFO]), sizeof ci);
		if (ci.ifa_valid == 0xffffffffu)
			fputs("valid_lft forever", stdout);
		else
			printf("valid_lft %usec", ci.ifa_valid);
		if (ci.ifa_prefered == 0xffffffffu)
			fputs(" preferred_lft forever", stdout);
		else
			printf(" preferred_lft %usec", ci.ifa_prefered);
	} else
		fputs("valid_lft forever preferred_lft forever", stdout);
	putchar('\n');
	return 1;
}

static int addr_flush(const char *dev, int scope);

static int addr_show(char **argv, int flush)
{
	const char *dev = 0;
	int up = 0, scope = -1;
	for (; *argv; argv++) {
		if (!strcmp(*argv, "dev"))
			dev = need(argv++, "dev");
		else if (!strcmp(*argv, "up"))
			up = 1;
		else if (!strcmp(*argv, "scope")) {
			if ((scope = LOOKUP(scopes, need(argv++, "scope"))) < 0)
				die("invalid scope \"%s\"", argv[0]);
		} else if (!strcmp(*argv, "label"))
			argv++;
		else if (!dev)
			dev = *argv;
		else
			die("either \"dev\" is duplicate, or \"%s\" is garbage", *argv);
	}
	if (flush)
		return addr_flush(dev, scope);
	load_links();
	struct link *only = dev ? find_link(dev) : 0;
	struct msgs m = { 0, 0 };
	nl_dump(RTM_GETADDR, family, save_cb, &m);
	for (size_t i = 0; i < nlinks; i++) {
		struct link *l = &links[i];
		if ((only && l != only) || (up && !(l->flags & IFF_UP)))
			continue;
		if (brief) {
			char name[40];
			printf("%-16s %-14s ", brief_name(l, name, sizeof name), operstate(l));
			for (size_t j = 0; j < m.n; j++)
				print_addr(m.v[j], l, scope);
			putchar('\n');
			continue;
		}
		if (oneline || (family && scope >= 0)) {
			for (size_t j = 0; j < m.n; j++)
				print_addr(m.v[j], l, scope);
			continue;
		}
		if (family) {
			/* like iproute2, -4/-6 hide interfaces without such addresses */
			int any = 0;
			for (size_t j = 0; j < m.n && !any; j++) {
				struct ifaddrmsg *ifa = NLMSG_DATA(m.v[j]);
				any = (int)ifa->ifa_index == l->index && ifa->ifa_family == family;
			}
			if (!any)
				continue;
		}
		print_link_head(l, 0);
		putchar('\n');
		for (size_t j = 0; j < m.n; j++)
			print_addr(m.v[j], l, scope);
		if (stats && l->has_stats && !oneline) {
			print_stats(l);
			putchar('\n');
		}
	}
	for (size_t j = 0; j < m.n; j++)
		free(m.v[j]);
	free(m.v);
	return 0;
}

static int addr_flush(const char *dev, int scope)
{
	if (!dev)
		die("Flush requires arguments.");
	int index = get_ifindex(dev), ret = 0;
	struct msgs m = { 0, 0 };
	nl_dump(RTM_GETADDR, family, save_cb, &m);
	/* delete secondaries first would be wasted: deleting a primary takes them along,
	 * so later deletes of those may fail with EADDRNOTAVAIL, which is fine */
	for (size_t j = 0; j < m.n; j++) {
		struct nlmsghdr *h = m.v[j];
		struct ifaddrmsg *ifa = NLMSG_DATA(h);
		if (h->nlmsg_type != RTM_NEWADDR || h->nlmsg_len < NLMSG_LENGTH(sizeof *ifa) ||
		    (int)ifa->ifa_index != index || (family && ifa->ifa_family != family) ||
		    (scope >= 0 && ifa->ifa_scope != scope))
			continue;
		struct req r;
		req_init(&r, RTM_DELADDR, 0, ifa, sizeof *ifa);
		struct rtattr *tb[IFA_FLAGS + 1];
		parse_attrs(tb, IFA_FLAGS, IFA_RTA(ifa), IFA_PAYLOAD(h));
		if (tb[IFA_LOCAL])
			addattr(&r, IFA_LOCAL, RTA_DATA(tb[IFA_LOCAL]), RTA_PAYLOAD(tb[IFA_LOCAL]));
		if (tb[IFA_ADDRESS])
			addattr(&r, IFA_ADDRESS, RTA_DATA(tb[IFA_ADDRESS]), RTA_PAYLOAD(tb[IFA_ADDRESS]));
		if (nl_talk(&r) < 0 && errno != EADDRNOTAVAIL) {
			warn_errno("%s", dev);
			ret = 2;
		}
		free(h);
	}
	free(m.v);
	return ret;
}

static int addr_change(char **argv, int cmd, int flags)
{
	struct ifaddrmsg ifa = { 0 };
	struct addr local, peer, brd;
	const char *dev = 0, *label = 0, *brdarg = 0;
	int have_local = 0, have_peer = 0, scope = -1;
	unsigned ifaflags = 0;
	long valid = -1, pref = -1;
	for (; *argv; argv++) {
		const char *a = *argv;
		if (!strcmp(a, "peer") || !strcmp(a, "remote")) {
			get_addr(need(argv++, a), &peer, family, "peer address");
			have_peer = 1;
		} else if (!strcmp(a, "broadcast") || !strcmp(a, "brd")) {
			brdarg = need(argv++, a);
		} else if (!strcmp(a, "scope")) {
			if ((scope = LOOKUP(scopes, need(argv++, a))) < 0)
				die("invalid scope \"%s\"", argv[0]);
		} else if (!strcmp(a, "label")) {
			label = need(argv++, a);
		} else if (!strcmp(a, "dev")) {
			dev = need(argv++, a);
		} else if (!strcmp(a, "valid_lft") || !strcmp(a, "preferred_lft")) {
			const char *v = need(argv++, a);
			long n = !strcmp(v, "forever") ? 0xffffffffL : (long)get_uint(v, a, 0xffffffffUL);
			if (a[0] == 'v')
				valid = n;
			else
				pref = n;
		} else if (!strcmp(a, "noprefixroute")) {
			ifaflags |= IFA_F_NOPREFIXROUTE;
		} else if (!strcmp(a, "nodad")) {
			ifaflags |= IFA_F_NODAD;
		} else if (!strcmp(a, "home")) {
			ifaflags |= IFA_F_HOMEADDRESS;
		} else if (!strcmp(a, "mngtmpaddr")) {
			ifaflags |= IFA_F_MANAGETEMPADDR;
		} else if (!strcmp(a, "local") || !have_local) {
			if (!strcmp(a, "local"))
				a = need(argv++, a);
			get_addr(a, &local, family, "address");
			have_local = 1;
		} else {
			die("either \"local\" is duplicate, or \"%s\" is garbage", a);
		}
	}
	if (!dev)
		die("not enough information: \"dev\" argument is required");
	if (!have_local)
		die("not enough information: address is required");
	ifa.ifa_family = local.family;
	ifa.ifa_index = get_ifindex(dev);
	ifa.ifa_prefixlen = have_peer && peer.bits >= 0 ? peer.bits :
			    local.bits >= 0 ? local.bits : local.len * 8;
	if (scope >= 0)
		ifa.ifa_scope = scope;
	else if (local.family == AF_INET && local.a[0] == 127)
		ifa.ifa_scope = RT_SCOPE_HOST;
	ifa.ifa_flags = ifaflags & 0xff;
	struct req r;
	req_init(&r, cmd, flags, &ifa, sizeof ifa);
	addattr(&r, IFA_LOCAL, local.a, local.len);
	if (have_peer)
		addattr(&r, IFA_ADDRESS, peer.a, peer.len);
	else if (cmd == RTM_NEWADDR || local.bits >= 0)
		addattr(&r, IFA_ADDRESS, local.a, local.len);
	if (brdarg && local.family == AF_INET) {
		if (!strcmp(brdarg, "+") || !strcmp(brdarg, "-")) {
			memcpy(brd.a, local.a, 4);
			for (int i = ifa.ifa_prefixlen; i < 32; i++) {
				if (brdarg[0] == '+')
					brd.a[i / 8] |= 0x80 >> (i % 8);
				else
					brd.a[i / 8] &= ~(0x80 >> (i % 8));
			}
			if (ifa.ifa_prefixlen < 31)
				addattr(&r, IFA_BROADCAST, brd.a, 4);
		} else {
			get_addr(brdarg, &brd, AF_INET, "broadcast");
			addattr(&r, IFA_BROADCAST, brd.a, 4);
		}
	}
	if (label) {
		if (strlen(label) >= IFNAMSIZ)
			die("label \"%s\" is too long", label);
		addattr(&r, IFA_LABEL, label, strlen(label) + 1);
	}
	if (ifaflags > 0xff)
		addattr32(&r, IFA_FLAGS, ifaflags);
	if (valid >= 0 || pref >= 0) {
		struct ifa_cacheinfo ci = { 0 };
		ci.ifa_valid = valid >= 0 ? (uint32_t)valid : 0xffffffffu;
		ci.ifa_prefered = pref >= 0 ? (uint32_t)pref : ci.ifa_valid;
		addattr(&r, IFA_CACHEINFO, &ci, sizeof ci);
	}
	if (nl_talk(&r) < 0) {
		char a[INET6_ADDRSTRLEN];
		warn_errno("%s", fmt_addr(local.family, local.a, local.len, a));
		return 2;
	}
	return 0;
}

/* --- routes -------------------------------------------------------------------------- */

struct route_filter {
	int table, oif;	/* table 0: all */
};

static void print_route(struct nlmsghdr *h, int get)
{
	struct rtmsg *rtm = NLMSG_DATA(h);
	struct rtattr *tb[RTA_UID + 1];
	char a[INET6_ADDRSTRLEN], b[16];
	parse_attrs(tb, RTA_UID, RTM_RTA(rtm), RTM_PAYLOAD(h));
	int fam = rtm->rtm_family;
	if (rtm->rtm_type != RTN_UNICAST)
		printf("%s ", NAME(rtypes, rtm->rtm_type, b));
	if (tb[RTA_DST]) {
		fputs(fmt_addr(fam, RTA_DATA(tb[RTA_DST]), RTA_PAYLOAD(tb[RTA_DST]), a), stdout);
		if (rtm->rtm_dst_len != (fam == AF_INET6 ? 128 : 32) || !get)
			if (rtm->rtm_dst_len != (fam == AF_INET6 ? 128 : 32))
				printf("/%d", rtm->rtm_dst_len);
	} else if (rtm->rtm_dst_len)
		printf("0/%d", rtm->rtm_dst_len);
	else
		fputs("default", stdout);
	if (tb[RTA_SRC] && !get)
		printf(" from %s/%d", fmt_addr(fam, RTA_DATA(tb[RTA_SRC]), RTA_PAYLOAD(tb[RTA_SRC]), a),
		       rtm->rtm_src_len);
	if (tb[RTA_GATEWAY])
		printf(" via %s", fmt_addr(fam, RTA_DATA(tb[RTA_GATEWAY]), RTA_PAYLOAD(tb[RTA_GATEWAY]), a));
	if (tb[RTA_OIF])
		printf(" dev %s", ifname(attr32(tb[RTA_OIF]), b));
	uint32_t table = tb[RTA_TABLE] ? attr32(tb[RTA_TABLE]) : rtm->rtm_table;
	if (!get && table != RT_TABLE_MAIN)
		printf(" table %s", NAME(tables, (int)table, b));
	if (!get && rtm->rtm_protocol != RTPROT_BOOT)
		printf(" proto %s", NAME(protos, rtm->rtm_protocol, b));
	if (!get && rtm->rtm_scope != RT_SCOPE_UNIVERSE)
		printf(" scope %s", scope_name(rtm->rtm_scope, b));
	if (tb[RTA_PREFSRC])
		printf(" src %s", fmt_addr(fam, RTA_DATA(tb[RTA_PREFSRC]), RTA_PAYLOAD(tb[RTA_PREFSRC]), a));
	if (tb[RTA_PRIORITY] && !get)
		printf(" metric %u", attr32(tb[RTA_PRIORITY]));
	if (rtm->rtm_flags & RTNH_F_DEAD)
		fputs(" dead", stdout);
	if (rtm->rtm_flags & RTNH_F_ONLINK)
		fputs(" onlink", stdout);
	if (rtm->rtm_flags & RTNH_F_LINKDOWN)
		fputs(" linkdown", stdout);
	if (tb[RTA_METRICS]) {
		struct rtattr *mx[RTAX_MTU + 1];
		parse_attrs(mx, RTAX_MTU, RTA_DATA(tb[RTA_METRICS]), RTA_PAYLOAD(tb[RTA_METRICS]));
		if (mx[RTAX_MTU])
			printf(" mtu %u", attr32(mx[RTAX_MTU]));
	}
	if (fam == AF_INET6 && tb[RTA_PREF] && RTA_PAYLOAD(tb[RTA_PREF]) >= 1 && !get) {
		unsigned p = *(unsigned char *)RTA_DATA(tb[RTA_PREF]);
		printf(" pref %s", p == 0 ? "medium" : p == 1 ? "high" : p == 3 ? "low" : "unknown");
	}
	if (get) {
		if (tb[RTA_UID])
			printf(" uid %u", attr32(tb[RTA_UID]));
		fputs(" \n    cache ", stdout);
		if (rtm->rtm_type == RTN_LOCAL)
			fputs("<local> ", stdout);
	} else
		putchar(' ');
	putchar('\n');
}

static int route_cb(struct nlmsghdr *h, void *arg)
{
	struct route_filter *f = arg;
	struct rtmsg *rtm = NLMSG_DATA(h);
	if (h->nlmsg_type != RTM_NEWROUTE || h->nlmsg_len < NLMSG_LENGTH(sizeof *rtm))
		return 0;
	if (family && rtm->rtm_family != family)
		return 0;
	if (rtm->rtm_flags & RTM_F_CLONED)
		return 0;
	struct rtattr *tb[RTA_UID + 1];
	parse_attrs(tb, RTA_UID, RTM_RTA(rtm), RTM_PAYLOAD(h));
	uint32_t table = tb[RTA_TABLE] ? attr32(tb[RTA_TABLE]) : rtm->rtm_table;
	if (f->table && (int)table != f->table)
		return 0;
	if (f->oif && (!tb[RTA_OIF] || (int)attr32(tb[RTA_OIF]) != f->oif))
		return 0;
	print_route(h, 0);
	return 0;
}

static int route_show(char **argv, int flush)
{
	struct route_filter f = { RT_TABLE_MAIN, 0 };
	for (; *argv; argv++) {
		if (!strcmp(*argv, "table")) {
			if ((f.table = LOOKUP(tables, need(argv++, "table"))) < 0)
				die("invalid table \"%s\"", argv[0]);
		} else if (!strcmp(*argv, "dev") || !strcmp(*argv, "oif")) {
			f.oif = get_ifindex(need(argv++, "dev"));
		} else
			die("\"%s\" is garbage", *argv);
	}
	load_links();
	if (!family)
		family = AF_INET;
	if (!flush) {
		nl_dump(RTM_GETROUTE, family, route_cb, &f);
		return 0;
	}
	struct msgs m = { 0, 0 };
	int ret = 0;
	nl_dump(RTM_GETROUTE, family, save_cb, &m);
	for (size_t j = 0; j < m.n; j++) {
		struct nlmsghdr *h = m.v[j];
		struct rtmsg *rtm = NLMSG_DATA(h);
		struct rtattr *tb[RTA_UID + 1];
		if (h->nlmsg_type != RTM_NEWROUTE || h->nlmsg_len < NLMSG_LENGTH(sizeof *rtm) ||
		    (rtm->rtm_flags & RTM_F_CLONED))
			continue;
		parse_attrs(tb, RTA_UID, RTM_RTA(rtm), RTM_PAYLOAD(h));
		uint32_t table = tb[RTA_TABLE] ? attr32(tb[RTA_TABLE]) : rtm->rtm_table;
		if ((f.table && (int)table != f.table) ||
		    (f.oif && (!tb[RTA_OIF] || (int)attr32(tb[RTA_OIF]) != f.oif)))
			continue;
		h->nlmsg_type = RTM_DELROUTE;
		h->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
		h->nlmsg_seq = ++nlseq;
		h->nlmsg_pid = 0;
		struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
		if (sendto(nlfd, h, h->nlmsg_len, 0, (struct sockaddr *)&sa, sizeof sa) < 0)
			die_errno("netlink send");
		if (nl_recv(h->nlmsg_seq, 0, 0) < 0 && errno != ESRCH) {
			warn_errno("delete route");
			ret = 2;
		}
	}
	return ret;
}

static int route_change(char **argv, int cmd, int flags)
{
	struct rtmsg rtm = { .rtm_table = RT_TABLE_MAIN, .rtm_type = RTN_UNICAST };
	struct addr dst, gw, src;
	int have_dst = 0, have_gw = 0, have_src = 0, oif = 0, scope = -1, proto = -1, typed = 0;
	long metric = -1, table = -1, mtu = -1;
	for (; *argv; argv++) {
		const char *a = *argv;
		int t;
		if (!strcmp(a, "via") || !strcmp(a, "gw")) {
			get_addr(need(argv++, a), &gw, family, "gateway");
			have_gw = 1;
		} else if (!strcmp(a, "dev") || !strcmp(a, "oif")) {
			oif = get_ifindex(need(argv++, a));
		} else if (!strcmp(a, "metric") || !strcmp(a, "priority") || !strcmp(a, "preference")) {
			metric = get_uint(need(argv++, a), "metric", 0xffffffffUL);
		} else if (!strcmp(a, "src")) {
			get_addr(need(argv++, a), &src, family, "source");
			have_src = 1;
		} else if (!strcmp(a, "proto") || !strcmp(a, "protocol")) {
			if ((proto = LOOKUP(protos, need(argv++, a))) < 0)
				die("invalid protocol \"%s\"", argv[0]);
		} else if (!strcmp(a, "scope")) {
			if ((scope = LOOKUP(scopes, need(argv++, a))) < 0)
				die("invalid scope \"%s\"", argv[0]);
		} else if (!strcmp(a, "table")) {
			if ((table = LOOKUP(tables, need(argv++, a))) < 0)
				die("invalid table \"%s\"", argv[0]);
		} else if (!strcmp(a, "mtu")) {
			mtu = get_uint(need(argv++, a), "mtu", 0xffffffffUL);
		} else if (!strcmp(a, "onlink")) {
			rtm.rtm_flags |= RTNH_F_ONLINK;
		} else if (!have_dst && (t = LOOKUP(rtypes, a)) > 0 && !strchr(a, '.') &&
			   (a[0] < '0' || a[0] > '9')) {
			rtm.rtm_type = t;
			typed = 1;
		} else if (!have_dst) {
			if (!strcmp(a, "to"))
				a = need(argv++, a);
			get_addr(a, &dst, family, "prefix");
			have_dst = 1;
		} else {
			die("either \"to\" is duplicate, or \"%s\" is garbage", a);
		}
	}
	if (!have_dst)
		die("not enough information: a destination is required");
	if (dst.bits < 0)
		dst.bits = dst.len * 8;
	rtm.rtm_family = dst.family;
	rtm.rtm_dst_len = dst.bits;
	if (have_gw && gw.family != dst.family)
		die("gateway and destination families differ");
	if (cmd == RTM_DELROUTE) {
		rtm.rtm_scope = RT_SCOPE_NOWHERE;
		rtm.rtm_protocol = 0;
		if (!typed)
			rtm.rtm_type = RTN_UNSPEC;
	} else {
		rtm.rtm_protocol = RTPROT_BOOT;
		rtm.rtm_scope = RT_SCOPE_UNIVERSE;
		if (rtm.rtm_type == RTN_LOCAL)
			rtm.rtm_scope = RT_SCOPE_HOST;
		else if (rtm.rtm_type == RTN_UNICAST && !have_gw && dst.family == AF_INET)
			rtm.rtm_scope = RT_SCOPE_LINK;
	}
	if (scope >= 0)
		rtm.rtm_scope = scope;
	if (proto >= 0)
		rtm.rtm_protocol = proto;
	if (table >= 0 && table < 256)
		rtm.rtm_table = table;
	struct req r;
	req_init(&r, cmd, flags, &rtm, sizeof rtm);
	if (dst.bits)
		addattr(&r, RTA_DST, dst.a, dst.len);
	if (have_gw)
		addattr(&r, RTA_GATEWAY, gw.a, gw.len);
	if (oif)
		addattr32(&r, RTA_OIF, oif);
	if (metric >= 0)
		addattr32(&r, RTA_PRIORITY, metric);
	if (have_src)
		addattr(&r, RTA_PREFSRC, src.a, src.len);
	if (table >= 256)
		addattr32(&r, RTA_TABLE, table);
	if (mtu >= 0) {
		struct rtattr *mx = nest_begin(&r, RTA_METRICS);
		addattr32(&r, RTAX_MTU, mtu);
		nest_end(&r, mx);
	}
	if (nl_talk(&r) < 0) {
		if (errno == ESRCH)
			warn_msg("no such process (route not found)");
		else if (errno == EEXIST)
			warn_msg("route already exists");
		else
			warn_errno("route");
		return 2;
	}
	return 0;
}

static int route_get(char **argv)
{
	struct rtmsg rtm = { 0 };
	struct addr dst, from;
	int have_dst = 0, have_from = 0, oif = 0;
	for (; *argv; argv++) {
		if (!strcmp(*argv, "from")) {
			get_addr(need(argv++, "from"), &from, family, "source");
			have_from = 1;
		} else if (!strcmp(*argv, "oif") || !strcmp(*argv, "dev")) {
			oif = get_ifindex(need(argv++, "oif"));
		} else if (!have_dst) {
			const char *a = *argv;
			if (!strcmp(a, "to"))
				a = need(argv++, a);
			get_addr(a, &dst, family, "address");
			have_dst = 1;
		} else
			die("\"%s\" is garbage", *argv);
	}
	if (!have_dst)
		die("need at least a destination address");
	rtm.rtm_family = dst.family;
	rtm.rtm_dst_len = dst.len * 8;
	struct req r;
	req_init(&r, RTM_GETROUTE, 0, &rtm, sizeof rtm);
	addattr(&r, RTA_DST, dst.a, dst.len);
	if (have_from) {
		addattr(&r, RTA_SRC, from.a, from.len);
		((struct rtmsg *)NLMSG_DATA(&r.n))->rtm_src_len = from.len * 8;
	}
	if (oif)
		addattr32(&r, RTA_OIF, oif);
	load_links();
	struct msgs m = { 0, 0 };
	if (nl_recv(nl_send(&r), save_cb, &m) < 0) {
		warn_errno("route get");
		return 2;
	}
	for (size_t i = 0; i < m.n; i++)
		if (m.v[i]->nlmsg_type == RTM_NEWROUTE &&
		    m.v[i]->nlmsg_len >= NLMSG_LENGTH(sizeof(struct rtmsg)))
			print_route(m.v[i], 1);
	return 0;
}

/* --- neighbours ---------------------------------------------------------------------- */

static int neigh_cb(struct nlmsghdr *h, void *arg)
{
	int oif = *(int *)arg;
	struct ndmsg *nd = NLMSG_DATA(h);
	if (h->nlmsg_type != RTM_NEWNEIGH || h->nlmsg_len < NLMSG_LENGTH(sizeof *nd))
		return 0;
	if ((family && nd->ndm_family != family) || (oif && nd->ndm_ifindex != oif))
		return 0;
	if (nd->ndm_family != AF_INET && nd->ndm_family != AF_INET6)
		return 0;
	if (nd->ndm_state == NUD_NOARP || nd->ndm_state == NUD_NONE)
		return 0;
	struct rtattr *tb[NDA_PROBES + 1];
	parse_attrs(tb, NDA_PROBES, (struct rtattr *)((char *)nd + NLMSG_ALIGN(sizeof *nd)),
		    h->nlmsg_len - NLMSG_SPACE(sizeof *nd));
	if (!tb[NDA_DST])
		return 0;
	char a[INET6_ADDRSTRLEN], b[16], hw[100];
	printf("%s", fmt_addr(nd->ndm_family, RTA_DATA(tb[NDA_DST]), RTA_PAYLOAD(tb[NDA_DST]), a));
	if (!oif)
		printf(" dev %s", ifname(nd->ndm_ifindex, b));
	if (tb[NDA_LLADDR])
		printf(" lladdr %s", hwaddr(RTA_DATA(tb[NDA_LLADDR]), RTA_PAYLOAD(tb[NDA_LLADDR]), hw));
	if (nd->ndm_flags & NTF_ROUTER)
		fputs(" router", stdout);
	static const struct { unsigned bit; const char *name; } st[] = {
		{ NUD_INCOMPLETE, "INCOMPLETE" }, { NUD_REACHABLE, "REACHABLE" },
		{ NUD_STALE, "STALE" }, { NUD_DELAY, "DELAY" }, { NUD_PROBE, "PROBE" },
		{ NUD_FAILED, "FAILED" }, { NUD_PERMANENT, "PERMANENT" },
	};
	for (size_t i = 0; i < sizeof st / sizeof *st; i++)
		if (nd->ndm_state & st[i].bit)
			printf(" %s", st[i].name);
	putchar('\n');
	return 0;
}

static int neigh_show(char **argv)
{
	int oif = 0;
	for (; *argv; argv++) {
		if (!strcmp(*argv, "dev"))
			oif = get_ifindex(need(argv++, "dev"));
		else
			die("\"%s\" is garbage", *argv);
	}
	load_links();
	nl_dump(RTM_GETNEIGH, family, neigh_cb, &oif);
	return 0;
}

/* --- main ---------------------------------------------------------------------------- */

int ip_main(int argc, char **argv)
{
	argv++;
	for (; *argv && argv[0][0] == '-' && argv[0][1]; argv++) {
		const char *o = argv[0] + 1 + (argv[0][1] == '-');
		if (!strcmp(o, "4"))
			family = AF_INET;
		else if (!strcmp(o, "6"))
			family = AF_INET6;
		else if (!strcmp(o, "0"))
			family = AF_PACKET;
		else if (matches(o, "oneline"))
			oneline = 1;
		else if (matches(o, "brief") && o[0] == 'b' && o[1] == 'r')
			brief = 1;
		else if (matches(o, "details"))
			details = 1;
		else if (matches(o, "stats") || matches(o, "statistics"))
			stats++;
		else if (matches(o, "color"))
			;
		else if (!strcmp(o, "f") || matches(o, "family")) {
			const char *f = argv[1];
			if (!f)
				return usage();
			argv++;
			family = !strcmp(f, "inet") ? AF_INET : !strcmp(f, "inet6") ? AF_INET6 : -1;
			if (family < 0)
				die("invalid family \"%s\"", f);
		} else {
			warn_msg("option \"%s\" is unknown", argv[0]);
			return usage();
		}
	}
	if (family == AF_PACKET)
		family = AF_UNSPEC;
	const char *obj = *argv ? *argv++ : 0;
	if (!obj)
		return usage();
	const char *cmd = *argv ? *argv++ : "show";
	int show = matches(cmd, "show") || matches(cmd, "list") || !strcmp(cmd, "lst");
	nl_open();
	if (matches(obj, "address") || !strcmp(obj, "addr")) {
		if (show)
			return addr_show(argv, 0);
		if (matches(cmd, "flush"))
			return addr_show(argv, 1);
		if (matches(cmd, "add"))
			return addr_change(argv, RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL);
		if (matches(cmd, "replace") || !strcmp(cmd, "change"))
			return addr_change(argv, RTM_NEWADDR, NLM_F_CREATE | NLM_F_REPLACE);
		if (matches(cmd, "delete"))
			return addr_change(argv, RTM_DELADDR, 0);
	} else if (matches(obj, "link")) {
		if (show)
			return link_show(argv);
		if (matches(cmd, "set"))
			return link_set(argv);
		if (matches(cmd, "add"))
			return link_add(argv, 0);
		if (matches(cmd, "delete"))
			return link_add(argv, 1);
	} else if (matches(obj, "route")) {
		if (show)
			return route_show(argv, 0);
		if (matches(cmd, "flush"))
			return route_show(argv, 1);
		if (matches(cmd, "add"))
			return route_change(argv, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL);
		if (matches(cmd, "replace"))
			return route_change(argv, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_REPLACE);
		if (matches(cmd, "change"))
			return route_change(argv, RTM_NEWROUTE, NLM_F_REPLACE);
		if (matches(cmd, "append"))
			return route_change(argv, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_APPEND);
		if (matches(cmd, "delete"))
			return route_change(argv, RTM_DELROUTE, 0);
		if (matches(cmd, "get"))
			return route_get(argv);
	} else if (matches(obj, "neighbour") || matches(obj, "neighbor")) {
		if (show)
			return neigh_show(argv);
	} else {
		warn_msg("object \"%s\" is unknown", obj);
		return usage();
	}
	warn_msg("command \"%s\" is unknown", cmd);
	return usage();
}
