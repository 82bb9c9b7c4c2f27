/* udhcpc - DHCP client
 *
 * APPLET(udhcpc, SBIN)
 * usage: udhcpc [-fbnqRB] [-i IF] [-s SCRIPT] [-p PIDFILE] [-t N] [-T SEC] [-A SEC]
 *        [-x OPT:VAL]... [-r IP] [-O OPT]... [-V VENDOR] [-H NAME]
 *
 * Get an IPv4 address lease for an interface (RFC 2131) and keep it renewed. SCRIPT
 * (default /usr/share/udhcpc/default.script) configures the interface; it is run as
 * SCRIPT EVENT with EVENT one of deconfig, bound, renew, nak, leasefail and with
 * interface ip subnet mask broadcast router dns domain hostname lease serverid
 * siaddr mtu ntpsrv staticroutes message (and optN for other requested options)
 * in the environment.
 *
 * Until it has an address the client talks through a packet socket, building the
 * IP and UDP headers itself; renewals go through an ordinary UDP socket. SIGUSR1
 * renews the lease now, SIGUSR2 releases it, SIGTERM ends (releasing with -R).
 *
 * -i IF       interface (default eth0)
 * -s SCRIPT   hook script
 * -f          stay in the foreground
 * -b          go to the background if no lease comes at once
 * -n          exit with status 1 if no lease comes
 * -q          exit once a lease is obtained
 * -R          release the lease on exit
 * -B          ask the server to broadcast its replies
 * -t N        discover packets to send before giving up for a while (3)
 * -T SEC      seconds between them (3)
 * -A SEC      seconds to wait after a failure (20)
 * -r IP       ask for this address
 * -x OPT:VAL  send an option: hostname:NAME, or a number with a hex value (0x3d:0101)
 * -H NAME     same as -x hostname:NAME
 * -O OPT      request an option too (a name like ntpsrv, or a number)
 * -V VENDOR   vendor class identifier
 * -p FILE     write the process id to FILE
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/udp.h>
#include <netpacket/packet.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include "ring3.h"

#define SERVER_PORT 67
#define CLIENT_PORT 68
#define DHCP_MAGIC 0x63825363
#define ETH_IP 0x0800

enum { DISCOVER = 1, OFFER, REQUEST, DECLINE, ACK, NAK, RELEASE, INFORM };

struct dhcp {
	uint8_t op, htype, hlen, hops;
	uint32_t xid;
	uint16_t secs, flags;
	uint32_t ciaddr, yiaddr, siaddr, giaddr;
	uint8_t chaddr[16], sname[64], file[128];
	uint32_t cookie;
	uint8_t options[312];
} __attribute__((packed));

struct packet {
	struct iphdr ip;
	struct udphdr udp;
	struct dhcp d;
} __attribute__((packed));

/* The kernel's struct tpacket_auxdata: tells whether a checksum was left for the
 * hardware to fill in (packets that never left this machine, like over a veth). */
struct auxdata {
	uint32_t status, len, snaplen;
	uint16_t mac, net, vlan_tci, vlan_tpid;
};
#define AUX_CSUMNOTREADY 8

static const char *ifname = "eth0", *script = "/usr/share/udhcpc/default.script";
static int ifindex;
static uint8_t mac[6];
static uint32_t xid;
static int bcast_flag;

/* options we send: preformatted code,len,value triples */
static uint8_t extra[512];
static size_t extra_len;
static uint8_t req_list[64] = { 1, 3, 6, 12, 15, 28, 42, 51, 26, 121 };
static size_t req_n = 10;

static const struct { const char *name; uint8_t code; } optnames[] = {
	{ "subnet", 1 }, { "timezone", 2 }, { "router", 3 }, { "timesrv", 4 },
	{ "namesrv", 5 }, { "dns", 6 }, { "logsrv", 7 }, { "lprsrv", 9 }, { "hostname", 12 },
	{ "bootsize", 13 }, { "domain", 15 }, { "swapsrv", 16 }, { "rootpath", 17 },
	{ "ipttl", 23 }, { "mtu", 26 }, { "broadcast", 28 }, { "routes", 33 },
	{ "nisdomain", 40 }, { "nissrv", 41 }, { "ntpsrv", 42 }, { "wins", 44 },
	{ "lease", 51 }, { "serverid", 54 }, { "message", 56 }, { "vendor", 60 },
	{ "tftp", 66 }, { "bootfile", 67 }, { "search", 119 }, { "staticroutes", 121 },
};

static int opt_code(const char *s)
{
	for (size_t i = 0; i < sizeof optnames / sizeof *optnames; i++)
		if (!strcmp(optnames[i].name, s))
			return optnames[i].code;
	char *end;
	unsigned long v = strtoul(s, &end, 0);
	return *s && !*end && v > 0 && v < 255 ? (int)v : -1;
}

static void add_extra(int code, const void *val, size_t len)
{
	if (len > 255 || extra_len + 2 + len > sizeof extra)
		die("option %d too long", code);
	extra[extra_len++] = code;
	extra[extra_len++] = len;
	memcpy(extra + extra_len, val, len);
	extra_len += len;
}

/* --- packets --------------------------------------------------------------------- */

static uint16_t udp_csum(const struct packet *p, size_t udplen)
{
	uint8_t pseudo[12];
	memcpy(pseudo, &p->ip.saddr, 4);
	memcpy(pseudo + 4, &p->ip.daddr, 4);
	pseudo[8] = 0;
	pseudo[9] = IPPROTO_UDP;
	pseudo[10] = udplen >> 8;
	pseudo[11] = udplen;
	uint32_t sum = 0;
	for (int i = 0; i < 12; i += 2)
		sum += (uint32_t)pseudo[i] << 8 | pseudo[i + 1];
	return inet_csum(&p->udp, udplen, sum);
}

static void init_msg(struct dhcp *d, int type)
{
	memset(d, 0, sizeof *d);
	d->op = 1;
	d->htype = 1;
	d->hlen = 6;
	d->xid = xid;
	d->flags = bcast_flag ? htons(0x8000) : 0;
	memcpy(d->chaddr, mac, 6);
	d->cookie = htonl(DHCP_MAGIC);
	uint8_t *o = d->options;
	*o++ = 53; *o++ = 1; *o++ = type;
	*o = 255;
}

static void put_opt(struct dhcp *d, int code, const void *val, size_t len)
{
	uint8_t *o = d->options;
	while (*o != 255)
		o += o[0] ? 2 + o[1] : 1;
	if (o + 2 + len + 1 > d->options + sizeof d->options)
		die("DHCP message too long");
	*o++ = code;
	*o++ = len;
	memcpy(o, val, len);
	o[len] = 255;
}

/* The options every request carries: client id, size, the list, vendor, extras. */
static void common_opts(struct dhcp *d, int type)
{
	uint8_t cid[7] = { 1 };
	memcpy(cid + 1, mac, 6);
	int have_cid = 0;
	for (size_t i = 0; i < extra_len; i += 2 + extra[i + 1])
		have_cid |= extra[i] == 61;
	if (!have_cid)
		put_opt(d, 61, cid, 7);
	if (type != RELEASE && type != DECLINE) {
		uint16_t size = htons(576);
		put_opt(d, 57, &size, 2);
		put_opt(d, 55, req_list, req_n);
	}
	uint8_t *o = d->options;
	while (*o != 255)
		o += o[0] ? 2 + o[1] : 1;
	if (o + extra_len + 1 > d->options + sizeof d->options)
		die("DHCP message too long");
	memcpy(o, extra, extra_len);
	o[extra_len] = 255;
}

static size_t dhcp_len(const struct dhcp *d)
{
	const uint8_t *o = d->options;
	while (*o != 255)
		o += o[0] ? 2 + o[1] : 1;
	size_t n = o + 1 - (const uint8_t *)d;
	return n < 300 ? 300 : n;	/* BOOTP's minimum: some servers drop less */
}

static int raw_fd = -1, udp_fd = -1;

static void open_raw(void)
{
	if (udp_fd >= 0) {
		close(udp_fd);
		udp_fd = -1;
	}
	if (raw_fd >= 0)
		return;
	raw_fd = socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, htons(ETH_IP));
	if (raw_fd < 0)
		die_errno("packet socket");
	struct sockaddr_ll sll = { .sll_family = AF_PACKET, .sll_protocol = htons(ETH_IP),
				   .sll_ifindex = ifindex };
	if (bind(raw_fd, (struct sockaddr *)&sll, sizeof sll) < 0)
		die_errno("bind %s", ifname);
	int one = 1;
	setsockopt(raw_fd, SOL_PACKET, PACKET_AUXDATA, &one, sizeof one);
}

static void open_udp(void)
{
	if (raw_fd >= 0) {
		close(raw_fd);
		raw_fd = -1;
	}
	if (udp_fd >= 0)
		return;
	udp_fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (udp_fd < 0)
		die_errno("socket");
	int one = 1;
	setsockopt(udp_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	setsockopt(udp_fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one);
	if (setsockopt(udp_fd, SOL_SOCKET, SO_BINDTODEVICE, ifname, strlen(ifname) + 1) < 0)
		warn_errno("%s: SO_BINDTODEVICE", ifname);
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(CLIENT_PORT) };
	if (bind(udp_fd, (struct sockaddr *)&sin, sizeof sin) < 0)
		die_errno("bind port %d", CLIENT_PORT);
}

/* Broadcast through the packet socket: the interface may have no address yet. */
static void send_raw(struct dhcp *d, uint32_t src)
{
	struct packet p;
	size_t dl = dhcp_len(d);
	memset(&p, 0, sizeof p);
	memcpy(&p.d, d, dl > sizeof *d ? sizeof *d : dl);
	size_t udplen = sizeof p.udp + dl;
	p.ip.version = 4;
	p.ip.ihl = 5;
	p.ip.tot_len = htons(sizeof p.ip + udplen);
	p.ip.ttl = 64;
	p.ip.protocol = IPPROTO_UDP;
	p.ip.saddr = src;
	p.ip.daddr = INADDR_BROADCAST;
	p.udp.source = htons(CLIENT_PORT);
	p.udp.dest = htons(SERVER_PORT);
	p.udp.len = htons(udplen);
	p.udp.check = udp_csum(&p, udplen);
	if (!p.udp.check)
		p.udp.check = 0xffff;
	p.ip.check = inet_csum(&p.ip, sizeof p.ip, 0);
	struct sockaddr_ll sll = { .sll_family = AF_PACKET, .sll_protocol = htons(ETH_IP),
				   .sll_ifindex = ifindex, .sll_halen = 6 };
	memset(sll.sll_addr, 0xff, 6);
	if (sendto(raw_fd, &p, sizeof p.ip + udplen, 0, (struct sockaddr *)&sll, sizeof sll) < 0)
		warn_errno("%s: send", ifname);
}

static void send_udp(struct dhcp *d, uint32_t dst)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(SERVER_PORT),
				   .sin_addr.s_addr = dst };
	if (sendto(udp_fd, d, dhcp_len(d), 0, (struct sockaddr *)&sin, sizeof sin) < 0)
		warn_errno("%s: send", ifname);
}

/* Read one packet meant for us into d (len in *dlen); 0 if it is not one. */
static int recv_packet(struct dhcp *d, size_t *dlen)
{
	static union { struct packet p; uint8_t raw[2048]; } buf;
	if (udp_fd >= 0) {
		ssize_t n = recv(udp_fd, buf.raw, sizeof buf.raw, 0);
		if (n < 0)
			return 0;
		memset(d, 0, sizeof *d);
		memcpy(d, buf.raw, (size_t)n > sizeof *d ? sizeof *d : (size_t)n);
		*dlen = n;
		return 1;
	}
	char cbuf[64] __attribute__((aligned(8)));
	struct iovec iov = { buf.raw, sizeof buf.raw };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf,
			    .msg_controllen = sizeof cbuf };
	ssize_t n = recvmsg(raw_fd, &m, 0);
	if (n < 0)
		return 0;
	int csum_ok_anyway = 0;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
		if (c->cmsg_level == SOL_PACKET && c->cmsg_type == PACKET_AUXDATA &&
		    c->cmsg_len >= CMSG_LEN(sizeof(struct auxdata))) {
			struct auxdata aux;
			memcpy(&aux, CMSG_DATA(c), sizeof aux);
			csum_ok_anyway = aux.status & AUX_CSUMNOTREADY;
		}
	struct packet *p = &buf.p;
	if ((size_t)n < sizeof p->ip + sizeof p->udp || p->ip.version != 4 || p->ip.ihl != 5 ||
	    p->ip.protocol != IPPROTO_UDP || p->udp.dest != htons(CLIENT_PORT))
		return 0;	/* other traffic, or IP options (DHCP servers send none) */
	size_t tot = ntohs(p->ip.tot_len), udplen = ntohs(p->udp.len);
	if (tot > (size_t)n || tot < sizeof p->ip + sizeof p->udp || udplen != tot - sizeof p->ip ||
	    (ntohs(p->ip.frag_off) & 0x3fff))
		return 0;
	if (inet_csum(&p->ip, sizeof p->ip, 0))
		return 0;
	if (p->udp.check && !csum_ok_anyway) {
		/* a correct checksum sums, with itself included, to all ones */
		uint16_t c = udp_csum(p, udplen);
		if (c)
			return 0;
	}
	size_t dl = udplen - sizeof p->udp;
	memset(d, 0, sizeof *d);
	memcpy(d, &p->d, dl > sizeof *d ? sizeof *d : dl);
	*dlen = dl;
	return 1;
}

/* --- options in replies ---------------------------------------------------------- */

struct opts {
	uint8_t *val[256];
	size_t len[256];
	uint8_t store[4096];
	size_t used;
	int overload;
};

/* One options area: pad, end and length checked against the area's end. Repeated
 * options are concatenated (RFC 3396). Returns the overload value (option 52), or -1
 * if an option runs past the end of its area. */
static int scan_area(struct opts *o, const uint8_t *p, size_t n)
{
	int overload = 0;
	size_t i = 0;
	while (i < n) {
		uint8_t code = p[i];
		if (code == 0) {
			i++;
			continue;
		}
		if (code == 255)
			break;
		if (i + 1 >= n || i + 2 + p[i + 1] > n)
			return -1;	/* an option running past its field: a bad packet */
		size_t len = p[i + 1];
		const uint8_t *v = p + i + 2;
		if (code == 52 && len >= 1)
			overload = v[0];
		size_t old = o->val[code] ? o->len[code] : 0;
		if (o->val[code] && o->val[code] + old == o->store + o->used &&
		    o->used + len <= sizeof o->store) {
			/* the value is the last thing stored: extend it in place */
			memcpy(o->store + o->used, v, len);
			o->len[code] += len;
			o->used += len;
		} else if (o->used + old + len <= sizeof o->store) {
			/* copy any earlier part up, then append (RFC 3396 concatenation) */
			if (old)
				memmove(o->store + o->used, o->val[code], old);
			memcpy(o->store + o->used + old, v, len);
			o->val[code] = o->store + o->used;
			o->len[code] = old + len;
			o->used += old + len;
		}
		i += 2 + len;
	}
	return overload;
}

static int parse_opts(struct opts *o, const struct dhcp *d, size_t dlen)
{
	memset(o->val, 0, sizeof o->val);
	memset(o->len, 0, sizeof o->len);
	o->used = 0;
	size_t fixed = offsetof(struct dhcp, options);
	if (dlen < fixed || d->cookie != htonl(DHCP_MAGIC))
		return -1;
	size_t n = dlen - fixed;
	if (n > sizeof d->options)
		n = sizeof d->options;
	int ov = o->overload = scan_area(o, d->options, n);
	if (ov < 0 || ((ov & 1) && scan_area(o, d->file, sizeof d->file) < 0) ||
	    ((ov & 2) && scan_area(o, d->sname, sizeof d->sname) < 0))
		return -1;
	return 0;
}

static int get_ip(struct opts *o, int code, uint32_t *ip)
{
	if (!o->val[code] || o->len[code] < 4)
		return 0;
	memcpy(ip, o->val[code], 4);
	return 1;
}

static uint32_t get_u32(struct opts *o, int code, uint32_t dflt)
{
	uint32_t v;
	if (!o->val[code] || o->len[code] < 4)
		return dflt;
	memcpy(&v, o->val[code], 4);
	return ntohl(v);
}

/* --- the hook script ------------------------------------------------------------- */

static char *ip_str(uint32_t ip, char *buf)
{
	struct in_addr a = { ip };
	return strcpy(buf, inet_ntoa(a));
}

/* A list of addresses, space separated. */
static void env_ips(const char *name, const uint8_t *v, size_t len)
{
	char buf[1024] = "", one[16];
	for (size_t i = 0; i + 4 <= len && strlen(buf) + 17 < sizeof buf; i += 4) {
		uint32_t a;
		memcpy(&a, v + i, 4);
		if (i)
			strcat(buf, " ");
		strcat(buf, ip_str(a, one));
	}
	setenv(name, buf, 1);
}

/* Text from the server: keep it to printable characters so no script is fooled. */
static void env_text(const char *name, const uint8_t *v, size_t len)
{
	char buf[256];
	size_t n = 0;
	for (size_t i = 0; i < len && n < sizeof buf - 1; i++) {
		if (!v[i])
			break;
		buf[n++] = v[i] >= 0x20 && v[i] < 0x7f && !strchr("`$\\\"'|;&<>", v[i]) ? v[i] : '_';
	}
	buf[n] = 0;
	setenv(name, buf, 1);
}

static void env_hex(const char *name, const uint8_t *v, size_t len)
{
	char buf[600];
	size_t n = 0;
	for (size_t i = 0; i < len && n + 3 < sizeof buf; i++)
		n += sprintf(buf + n, "%02x", v[i]);
	buf[n] = 0;
	setenv(name, buf, 1);
}

/* RFC 3442 classless routes as "net/len gateway" pairs. */
static void env_routes(const uint8_t *v, size_t len)
{
	char buf[2048] = "";
	size_t i = 0, n = 0;
	while (i < len) {
		int bits = v[i];
		size_t sig = (bits + 7) / 8;
		if (bits > 32 || i + 1 + sig + 4 > len)
			break;
		uint8_t net[4] = { 0 };
		memcpy(net, v + i + 1, sig);
		uint32_t gw;
		memcpy(&gw, v + i + 1 + sig, 4);
		char g[16];
		int w = snprintf(buf + n, sizeof buf - n, "%s%u.%u.%u.%u/%d %s", n ? " " : "",
				 net[0], net[1], net[2], net[3], bits, ip_str(gw, g));
		if (w < 0 || (size_t)w >= sizeof buf - n)
			break;
		n += w;
		i += 1 + sig + 4;
	}
	setenv("staticroutes", buf, 1);
}

static void run_script(const char *event, const struct dhcp *d, struct opts *o)
{
	pid_t pid = fork();
	if (pid < 0) {
		warn_errno("fork");
		return;
	}
	if (pid == 0) {
		char b[32];
		setenv("interface", ifname, 1);
		if (d && o) {
			uint32_t a;
			if (d->yiaddr)
				setenv("ip", ip_str(d->yiaddr, b), 1);
			if (d->siaddr)
				setenv("siaddr", ip_str(d->siaddr, b), 1);
			if (get_ip(o, 1, &a)) {
				setenv("subnet", ip_str(a, b), 1);
				uint32_t m = ntohl(a);
				int bits = 0;
				while (m & 0x80000000u) {
					bits++;
					m <<= 1;
				}
				sprintf(b, "%d", bits);
				setenv("mask", b, 1);
			}
			if (get_ip(o, 28, &a))
				setenv("broadcast", ip_str(a, b), 1);
			if (get_ip(o, 54, &a))
				setenv("serverid", ip_str(a, b), 1);
			if (o->val[51]) {
				sprintf(b, "%u", get_u32(o, 51, 0));
				setenv("lease", b, 1);
			}
			if (o->val[26] && o->len[26] >= 2) {
				sprintf(b, "%u", o->val[26][0] << 8 | o->val[26][1]);
				setenv("mtu", b, 1);
			}
			static const struct { int code; const char *name; int text; } l[] = {
				{ 3, "router", 0 }, { 6, "dns", 0 }, { 42, "ntpsrv", 0 },
				{ 4, "timesrv", 0 }, { 44, "wins", 0 }, { 12, "hostname", 1 },
				{ 15, "domain", 1 }, { 56, "message", 1 }, { 66, "tftp", 1 },
				{ 67, "bootfile", 1 }, { 40, "nisdomain", 1 }, { 17, "rootpath", 1 },
			};
			for (size_t i = 0; i < sizeof l / sizeof *l; i++)
				if (o->val[l[i].code]) {
					if (l[i].text)
						env_text(l[i].name, o->val[l[i].code], o->len[l[i].code]);
					else
						env_ips(l[i].name, o->val[l[i].code], o->len[l[i].code]);
				}
			if (o->val[121])
				env_routes(o->val[121], o->len[121]);
			/* the boot file name may sit in the fixed field, unless options do */
			if (d->file[0] && !(o->overload & 1))
				env_text("boot_file", d->file, sizeof d->file);
			for (size_t i = 10; i < req_n; i++) {
				int c = req_list[i], known = 0;
				for (size_t j = 0; j < sizeof optnames / sizeof *optnames; j++)
					known |= optnames[j].code == c;
				if (!known && o->val[c]) {
					sprintf(b, "opt%d", c);
					env_hex(b, o->val[c], o->len[c]);
				}
			}
		}
		execl(script, script, event, (char *)0);
		warn_errno("%s", script);
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
}

/* --- the state machine ----------------------------------------------------------- */

static int sigpipe[2];

static void on_signal(int sig)
{
	int e = errno;
	unsigned char c = sig;
	if (write(sigpipe[1], &c, 1) < 0) {
		/* the pipe is full: signals are already pending */
	}
	errno = e;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

enum { INIT, REQUESTING, BOUND, RENEWING, REBINDING, RELEASED };

int udhcpc_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "i:s:fbnqRBt:T:A:r:x:H:h:O:V:p:F:");
	int c, foreground = 0, background = 0, exit_fail = 0, quit = 0, release_on_exit = 0;
	unsigned tries = 3, pause_s = 3, fail_wait = 20;
	uint32_t requested = 0;
	const char *vendor = "ring3", *pidfile = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'i': ifname = o.arg; break;
		case 's': script = o.arg; break;
		case 'f': foreground = 1; break;
		case 'b': background = 1; break;
		case 'n': exit_fail = 1; break;
		case 'q': quit = 1; break;
		case 'R': release_on_exit = 1; break;
		case 'B': bcast_flag = 1; break;
		case 'p': pidfile = o.arg; break;
		case 'V': vendor = o.arg; break;
		case 't': case 'T': case 'A': {
			char *end;
			unsigned long v = strtoul(o.arg, &end, 10);
			if (!*o.arg || *end || v > 100000)
				die("invalid number '%s'", o.arg);
			*(c == 't' ? &tries : c == 'T' ? &pause_s : &fail_wait) = v;
			break;
		}
		case 'r': {
			struct in_addr a;
			if (!inet_aton(o.arg, &a))
				die("invalid address '%s'", o.arg);
			requested = a.s_addr;
			break;
		}
		case 'H': case 'h': case 'F':
			add_extra(12, o.arg, strlen(o.arg));
			break;
		case 'x': {
			const char *colon = strchr(o.arg, ':');
			char name[32];
			if (!colon || (size_t)(colon - o.arg) >= sizeof name)
				die("invalid option '%s'", o.arg);
			memcpy(name, o.arg, colon - o.arg);
			name[colon - o.arg] = 0;
			int code = opt_code(name);
			if (code < 0)
				die("unknown option '%s'", name);
			const char *v = colon + 1;
			if (code == 12 || code == 15 || code == 60 || code == 56 || code == 66 || code == 67) {
				add_extra(code, v, strlen(v));
			} else if (code == 50 || code == 54 || code == 1 || code == 3 || code == 28) {
				struct in_addr a;
				if (!inet_aton(v, &a))
					die("invalid address '%s'", v);
				add_extra(code, &a, 4);
			} else if (code == 51) {
				uint32_t l = htonl(strtoul(v, 0, 10));
				add_extra(code, &l, 4);
			} else {
				/* hex bytes, colons allowed */
				uint8_t b[255];
				size_t n = 0;
				while (*v) {
					if (*v == ':') {
						v++;
						continue;
					}
					char hx[3] = { v[0], v[1], 0 }, *end;
					if (!v[1] || n == sizeof b)
						die("invalid value '%s'", colon + 1);
					b[n++] = strtoul(hx, &end, 16);
					if (*end)
						die("invalid value '%s'", colon + 1);
					v += 2;
				}
				add_extra(code, b, n);
			}
			break;
		}
		case 'O': {
			int code = opt_code(o.arg);
			if (code < 0)
				die("unknown option '%s'", o.arg);
			if (req_n < sizeof req_list && !memchr(req_list, code, req_n))
				req_list[req_n++] = code;
			break;
		}
		default: return usage();
		}
	}
	if (o.ind < argc) {
		warn_msg("extra operand '%s'", argv[o.ind]);
		return usage();
	}
	if (vendor && *vendor)
		add_extra(60, vendor, strlen(vendor));

	struct ifreq ifr;
	memset(&ifr, 0, sizeof ifr);
	if (strlen(ifname) >= IFNAMSIZ)
		die("%s: name too long", ifname);
	strcpy(ifr.ifr_name, ifname);
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (s < 0 || ioctl(s, SIOCGIFINDEX, &ifr) < 0)
		die_errno("%s", ifname);
	ifindex = ifr.ifr_ifindex;
	if (ioctl(s, SIOCGIFHWADDR, &ifr) < 0)
		die_errno("%s", ifname);
	memcpy(mac, ifr.ifr_hwaddr.sa_data, 6);
	/* packets cannot leave a link that is down; scripts usually raise it, but the
	 * client must work with a script that does not */
	if (ioctl(s, SIOCGIFFLAGS, &ifr) == 0 && !(ifr.ifr_flags & IFF_UP)) {
		ifr.ifr_flags |= IFF_UP;
		if (ioctl(s, SIOCSIFFLAGS, &ifr) < 0)
			warn_errno("%s: cannot bring up", ifname);
	}
	close(s);

	if (pipe(sigpipe) < 0)
		die_errno("pipe");
	fcntl(sigpipe[0], F_SETFD, FD_CLOEXEC);
	fcntl(sigpipe[1], F_SETFD, FD_CLOEXEC);
	fcntl(sigpipe[1], F_SETFL, O_NONBLOCK);
	struct sigaction sa = { .sa_handler = on_signal };
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR1, &sa, 0);
	sigaction(SIGUSR2, &sa, 0);
	sigaction(SIGTERM, &sa, 0);
	sigaction(SIGINT, &sa, 0);
	signal(SIGPIPE, SIG_IGN);

	if (pidfile) {
		FILE *f = fopen(pidfile, "w");
		if (f) {
			fprintf(f, "%d\n", (int)getpid());
			fclose(f);
		}
	}
	uint32_t seed;
	int ur = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	if (ur < 0 || read(ur, &seed, sizeof seed) != sizeof seed)
		seed = (uint32_t)now() ^ getpid() ^ (mac[5] << 16);
	if (ur >= 0)
		close(ur);
	srandom(seed);

	warn_msg("started");
	run_script("deconfig", 0, 0);

	int state = INIT, sent = 0, daemonized = foreground;
	uint32_t server = 0, offered = 0, our_ip = 0, lease = 0;
	double timeout = 0, t1 = 0, t2 = 0, expire = 0, start = now();
	static struct dhcp d, reply;
	static struct opts opts;
	xid = random();
	open_raw();
	for (;;) {
		double t = now();
		if (t >= timeout) {
			switch (state) {
			case INIT:
				if (sent < (int)tries) {
					if (!sent)
						xid = random();
					init_msg(&d, DISCOVER);
					if (requested)
						put_opt(&d, 50, &requested, 4);
					common_opts(&d, DISCOVER);
					d.secs = htons(t - start > 65535 ? 65535 : (unsigned)(t - start));
					warn_msg("broadcasting discover");
					send_raw(&d, 0);
					sent++;
					timeout = t + pause_s;
					break;
				}
				run_script("leasefail", 0, 0);
				if (exit_fail) {
					warn_msg("no lease, failing");
					return 1;
				}
				if (background && !daemonized) {
					warn_msg("no lease, forking to background");
					goto daemonize;
				}
				sent = 0;
				timeout = t + fail_wait;
				break;
			case REQUESTING:
				if (sent < (int)tries) {
					char a[16], b[16];
					init_msg(&d, REQUEST);
					put_opt(&d, 50, &offered, 4);
					put_opt(&d, 54, &server, 4);
					common_opts(&d, REQUEST);
					warn_msg("broadcasting select for %s, server %s", ip_str(offered, a),
						 ip_str(server, b));
					send_raw(&d, 0);
					sent++;
					timeout = t + pause_s;
					break;
				}
				/* offers but no answer to our request: that counts as a failed
				 * round, so -n and -b act on it too */
				state = INIT;
				sent = tries;
				timeout = t;
				continue;
			case BOUND:
				state = RENEWING;
				open_udp();
				sent = 0;
				/* fall through */
			case RENEWING:
			case REBINDING:
				if (state == RENEWING && t >= t2) {
					state = REBINDING;
					open_raw();
				}
				if (t >= expire) {
					warn_msg("lease lost, entering init state");
					run_script("deconfig", 0, 0);
					state = INIT;
					sent = 0;
					open_raw();
					timeout = t;
					continue;
				}
				{
					char a[16];
					init_msg(&d, REQUEST);
					d.ciaddr = our_ip;
					common_opts(&d, REQUEST);
					if (state == RENEWING) {
						warn_msg("sending renew to %s", ip_str(server, a));
						send_udp(&d, server);
					} else {
						warn_msg("broadcasting rebind");
						send_raw(&d, our_ip);
					}
				}
				/* RFC 2131 4.4.5: wait half the time left, at least a minute */
				{
					double until = state == RENEWING ? t2 : expire;
					double w = (until - t) / 2;
					if (w < 60)
						w = until - t < 60 ? until - t : 60;
					if (w < 1)
						w = 1;
					timeout = t + w;
				}
				break;
			case RELEASED:
				timeout = t + 86400 * 365;
				break;
			}
		}
		double wait_s = timeout - now();
		if (wait_s < 0)
			wait_s = 0;
		struct pollfd p[2] = { { sigpipe[0], POLLIN, 0 },
				       { raw_fd >= 0 ? raw_fd : udp_fd, POLLIN, 0 } };
		if (state == BOUND || state == RELEASED)
			p[1].fd = -1;
		int r = poll(p, 2, wait_s > 2e6 ? 2000000000 : (int)(wait_s * 1000) + 1);
		if (r < 0 && errno != EINTR)
			die_errno("poll");
		if (r > 0 && (p[0].revents & POLLIN)) {
			unsigned char sig;
			if (read(sigpipe[0], &sig, 1) == 1) {
				if (sig == SIGUSR1) {
					warn_msg("performing DHCP renew");
					if (state == BOUND || state == RENEWING || state == REBINDING) {
						state = RENEWING;
						open_udp();
					} else {
						state = INIT;
						open_raw();
					}
					sent = 0;
					timeout = 0;
				} else if (sig == SIGUSR2 || ((sig == SIGTERM || sig == SIGINT) && release_on_exit)) {
					if (state >= BOUND && state <= REBINDING) {
						char a[16], b[16];
						warn_msg("unicasting a release of %s to %s", ip_str(our_ip, a),
							 ip_str(server, b));
						open_udp();
						init_msg(&d, RELEASE);
						d.ciaddr = our_ip;
						put_opt(&d, 54, &server, 4);
						common_opts(&d, RELEASE);
						send_udp(&d, server);
						run_script("deconfig", 0, 0);
					}
					if (sig != SIGUSR2)
						goto out;
					warn_msg("entering released state");
					state = RELEASED;
					timeout = 0;
				} else {
					goto out;
				}
			}
			continue;
		}
		if (r <= 0 || !(p[1].revents & POLLIN))
			continue;
		size_t dlen;
		if (!recv_packet(&reply, &dlen))
			continue;
		if (reply.op != 2 || reply.xid != xid || memcmp(reply.chaddr, mac, 6) ||
		    parse_opts(&opts, &reply, dlen) < 0 || !opts.val[53] || opts.len[53] != 1)
			continue;
		int type = opts.val[53][0];
		char a[16], b[16];
		if (state == INIT && type == OFFER) {
			uint32_t sid;
			if (!get_ip(&opts, 54, &sid) || !reply.yiaddr)
				continue;	/* RFC 2131: an offer must name its server */
			server = sid;
			offered = reply.yiaddr;
			state = REQUESTING;
			sent = 0;
			timeout = 0;
		} else if (state >= REQUESTING && state <= REBINDING && type == ACK) {
			uint32_t sid;
			if (get_ip(&opts, 54, &sid))
				server = sid;
			if (!reply.yiaddr)
				continue;
			lease = get_u32(&opts, 51, 3600);
			if (lease < 16)
				lease = 16;
			int renew = state != REQUESTING && reply.yiaddr == our_ip;
			our_ip = reply.yiaddr;
			double tt = now();
			if (lease == 0xffffffffu) {
				t1 = t2 = expire = tt + 1e12;
			} else {
				uint32_t r1 = get_u32(&opts, 58, lease / 2), r2 = get_u32(&opts, 59, lease / 8 * 7);
				if (r1 > lease || r1 < 1)
					r1 = lease / 2;
				if (r2 > lease || r2 < r1)
					r2 = lease / 8 * 7;
				t1 = tt + r1;
				t2 = tt + r2;
				expire = tt + lease;
			}
			warn_msg("lease of %s obtained from %s, lease time %u", ip_str(our_ip, a),
				 ip_str(server, b), lease);
			run_script(renew ? "renew" : "bound", &reply, &opts);
			state = BOUND;
			timeout = t1;
			if (raw_fd >= 0) {
				close(raw_fd);
				raw_fd = -1;
			}
			if (quit)
				goto out;
			if (!daemonized)
				goto daemonize;
		} else if (state >= REQUESTING && state <= REBINDING && type == NAK) {
			uint32_t sid;
			if (state == REQUESTING && get_ip(&opts, 54, &sid) && sid != server)
				continue;	/* another server turned down someone else's offer */
			warn_msg("received DHCP NAK");
			run_script("nak", &reply, &opts);
			if (state != REQUESTING)
				run_script("deconfig", 0, 0);
			state = INIT;
			sent = 0;
			our_ip = 0;
			requested = 0;
			open_raw();
			/* RFC 2131 3.1: restart after a short pause */
			timeout = now() + 3;
		}
		continue;
daemonize:
		daemonized = 1;
		{
			pid_t pid = fork();
			if (pid < 0)
				die_errno("fork");
			if (pid)
				_exit(0);
			setsid();
			int null = open("/dev/null", O_RDWR);
			if (null >= 0) {
				dup2(null, 0);
				dup2(null, 1);
				if (null > 2)
					close(null);
			}
			if (pidfile) {
				FILE *f = fopen(pidfile, "w");
				if (f) {
					fprintf(f, "%d\n", (int)getpid());
					fclose(f);
				}
			}
		}
	}
out:
	if (pidfile)
		unlink(pidfile);
	return 0;
}
