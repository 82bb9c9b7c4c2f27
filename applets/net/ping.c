/* ping - send ICMP echo requests and report the replies
 *
 * APPLET(ping, BIN)
 * usage: ping [-4|-6] [-q] [-c N] [-i SEC] [-W SEC] [-w DEADLINE] [-s SIZE] [-t TTL] HOST
 *
 * Send echo requests to HOST once a second and print each reply, then a summary in
 * the format of iputils' ping. Uses an ICMP datagram socket where the kernel allows it
 * (net.ipv4.ping_group_range), a raw socket otherwise (which needs CAP_NET_RAW).
 * Exit status: 0 if any reply came, 1 if none, 2 on an error.
 *
 * -4, -6       IPv4 only, IPv6 only
 * -c N         stop after N replies (or N requests, when time runs out)
 * -i SEC       seconds between requests (1; fractions allowed)
 * -W SEC       how long to wait for the last reply (10)
 * -w DEADLINE  stop after DEADLINE seconds in all
 * -s SIZE      data bytes per request (56)
 * -t TTL       time to live (hop limit)
 * -q           only the summary
 */
#include <errno.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/ip_icmp.h>
#include <netinet/icmp6.h>
#include <sys/socket.h>
#include "ring3.h"

static volatile sig_atomic_t stop;

static void on_int(int sig)
{
	(void)sig;
	stop = 1;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Newton's square root: the host build links no libm */
static double root(double x)
{
	double r = x > 1 ? x : 1;
	for (int i = 0; i < 64 && x > 0; i++)
		r = (r + x / r) / 2;
	return x > 0 ? r : 0;
}

static double parse_secs(const char *s, double min)
{
	char *end;
	double v = strtod(s, &end);
	if (!*s || *end || !(v >= min) || v > 2147483.0)
		die("invalid time '%s'", s);
	return v;
}

static long parse_num(const char *s, long min, long max)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (!*s || *end || errno || v < min || v > max)
		die("invalid argument '%s'", s);
	return v;
}

int ping_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "46qc:i:W:w:s:t:n");
	int c, fam = AF_UNSPEC, quiet = 0, ttl = -1;
	long count = 0, size = 56;
	double interval = 1, linger = 10, deadline = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case '4': fam = AF_INET; break;
		case '6': fam = AF_INET6; break;
		case 'q': quiet = 1; break;
		case 'n': break;	/* addresses are always printed numerically */
		case 'c': count = parse_num(o.arg, 1, 0x7fffffff); break;
		case 'i': interval = parse_secs(o.arg, 0.001); break;
		case 'W': linger = parse_secs(o.arg, 0); break;
		case 'w': deadline = parse_secs(o.arg, 0); break;
		case 's': size = parse_num(o.arg, 0, 65507); break;
		case 't': ttl = parse_num(o.arg, 1, 255); break;
		default: usage(); return 2;
		}
	}
	if (o.ind != argc - 1) {
		if (o.ind < argc - 1)
			warn_msg("extra operand '%s'", argv[o.ind + 1]);
		usage();
		return 2;
	}
	const char *host = argv[o.ind];
	struct addrinfo hints = { .ai_family = fam, .ai_socktype = SOCK_RAW }, *ai;
	hints.ai_protocol = fam == AF_INET6 ? IPPROTO_ICMPV6 : IPPROTO_ICMP;
	hints.ai_socktype = 0;
	int e = getaddrinfo(host, 0, &hints, &ai);
	if (e) {
		warn_msg("%s: %s", host, e == EAI_SYSTEM ? strerror(errno) : gai_strerror(e));
		return 2;
	}
	fam = ai->ai_family;
	struct sockaddr_storage dst;
	socklen_t dlen = ai->ai_addrlen;
	memcpy(&dst, ai->ai_addr, dlen);
	freeaddrinfo(ai);
	int v6 = fam == AF_INET6, proto = v6 ? IPPROTO_ICMPV6 : IPPROTO_ICMP;

	/* datagram "ping" sockets need no privilege; raw ones do */
	int raw = 0, fd = socket(fam, SOCK_DGRAM | SOCK_CLOEXEC, proto);
	if (fd < 0) {
		int de = errno;
		fd = socket(fam, SOCK_RAW | SOCK_CLOEXEC, proto);
		if (fd < 0) {
			errno = errno == EPERM || errno == EACCES ? de : errno;
			warn_errno("socket");
			return 2;
		}
		raw = 1;
	}
	int one = 1;
	if (v6)
		setsockopt(fd, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, &one, sizeof one);
	else if (!raw)
		setsockopt(fd, IPPROTO_IP, IP_RECVTTL, &one, sizeof one);
	if (ttl > 0 && setsockopt(fd, v6 ? IPPROTO_IPV6 : IPPROTO_IP, v6 ? IPV6_UNICAST_HOPS : IP_TTL,
				  &ttl, sizeof ttl) < 0) {
		warn_errno("cannot set ttl");
		return 2;
	}
	uint16_t ident = raw ? getpid() & 0xffff : 0;
	if (!raw) {
		/* the kernel picks the identifier: it is the socket's "port" */
		struct sockaddr_storage me;
		socklen_t ml = sizeof me;
		memset(&me, 0, sizeof me);
		me.ss_family = fam;
		if (bind(fd, (struct sockaddr *)&me, v6 ? sizeof(struct sockaddr_in6) : sizeof(struct sockaddr_in)) == 0 &&
		    getsockname(fd, (struct sockaddr *)&me, &ml) == 0)
			ident = ntohs(v6 ? ((struct sockaddr_in6 *)&me)->sin6_port : ((struct sockaddr_in *)&me)->sin_port);
	}

	char dstr[INET6_ADDRSTRLEN];
	inet_ntop(fam, v6 ? (void *)&((struct sockaddr_in6 *)&dst)->sin6_addr :
		  (void *)&((struct sockaddr_in *)&dst)->sin_addr, dstr, sizeof dstr);
	if (v6)
		printf("PING %s (%s) %ld data bytes\n", host, dstr, size);
	else
		printf("PING %s (%s) %ld(%ld) bytes of data.\n", host, dstr, size, size + 28);
	fflush(stdout);

	struct sigaction sa = { .sa_handler = on_int };
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, 0);
	sigaction(SIGTERM, &sa, 0);

	size_t plen = 8 + size;
	uint8_t *pkt = xzalloc(plen), *in = xmalloc(plen + 60 + 512);
	static uint8_t seen[65536 / 8];
	long sent = 0, received = 0, errors = 0, dups = 0;
	double tmin = 1e9, tmax = 0, tsum = 0, tsum2 = 0, start = now(), next = start, last_sent = 0;
	int ret = 0;
	for (;;) {
		double t = now();
		if (stop || (deadline > 0 && t - start >= deadline))
			break;
		if (count && received + errors >= count)
			break;
		if (count && sent >= count && t - last_sent >= linger)
			break;
		if ((!count || sent < count) && t >= next) {
			memset(pkt, 0, 8);
			pkt[0] = v6 ? ICMP6_ECHO_REQUEST : ICMP_ECHO;
			uint16_t id = htons(ident), seq = htons((sent + 1) & 0xffff);
			memcpy(pkt + 4, &id, 2);
			memcpy(pkt + 6, &seq, 2);
			for (long i = 0; i < size; i++)
				pkt[8 + i] = i;
			if (size >= 16) {
				struct timespec ts;
				clock_gettime(CLOCK_MONOTONIC, &ts);
				int64_t sec = ts.tv_sec, nsec = ts.tv_nsec;
				memcpy(pkt + 8, &sec, 8);
				memcpy(pkt + 16, &nsec, 8);
			}
			seen[((sent + 1) & 0xffff) / 8] &= ~(1 << ((sent + 1) & 7));
			if (!v6) {
				uint16_t ck = inet_csum(pkt, plen, 0);
				memcpy(pkt + 2, &ck, 2);
			}
			if (sendto(fd, pkt, plen, 0, (struct sockaddr *)&dst, dlen) < 0) {
				if (errno == EINTR)
					continue;
				warn_errno("sendto");
				if (errno != ENETUNREACH && errno != EHOSTUNREACH && errno != ENOBUFS) {
					ret = 2;
					break;
				}
			}
			sent++;
			last_sent = t;
			next += interval;
			if (next < t)
				next = t + interval;
		}
		double wait = (!count || sent < count) ? next - now() : linger - (now() - last_sent);
		if (deadline > 0 && start + deadline - now() < wait)
			wait = start + deadline - now();
		if (wait < 0)
			wait = 0;
		struct pollfd p = { fd, POLLIN, 0 };
		int r = poll(&p, 1, (int)(wait * 1000) + 1);
		if (r <= 0)
			continue;
		struct sockaddr_storage from;
		char cbuf[128] __attribute__((aligned(8)));
		struct iovec iov = { in, plen + 60 + 512 };
		struct msghdr m = { .msg_name = &from, .msg_namelen = sizeof from, .msg_iov = &iov,
				    .msg_iovlen = 1, .msg_control = cbuf, .msg_controllen = sizeof cbuf };
		ssize_t n = recvmsg(fd, &m, MSG_DONTWAIT);
		double rt = now();
		if (n < 0)
			continue;
		uint8_t *icmp = in;
		int rttl = -1;
		if (!v6 && raw) {
			/* a raw IPv4 socket hands over the IP header too */
			size_t hl = (in[0] & 0x0f) * 4;
			if ((size_t)n < 20 || hl < 20 || (size_t)n < hl + 8)
				continue;
			rttl = in[8];
			icmp = in + hl;
			n -= hl;
		}
		if (n < 8)
			continue;
		for (struct cmsghdr *cm = CMSG_FIRSTHDR(&m); cm; cm = CMSG_NXTHDR(&m, cm)) {
			if ((cm->cmsg_level == IPPROTO_IP && cm->cmsg_type == IP_TTL) ||
			    (cm->cmsg_level == IPPROTO_IPV6 && cm->cmsg_type == IPV6_HOPLIMIT))
				if (cm->cmsg_len >= CMSG_LEN(sizeof(int)))
					memcpy(&rttl, CMSG_DATA(cm), sizeof(int));
		}
		char fstr[INET6_ADDRSTRLEN];
		inet_ntop(fam, v6 ? (void *)&((struct sockaddr_in6 *)&from)->sin6_addr :
			  (void *)&((struct sockaddr_in *)&from)->sin_addr, fstr, sizeof fstr);
		uint16_t rid, rseq;
		int type = icmp[0];
		if (type == (v6 ? ICMP6_ECHO_REPLY : ICMP_ECHOREPLY)) {
			memcpy(&rid, icmp + 4, 2);
			memcpy(&rseq, icmp + 6, 2);
			if (raw && ntohs(rid) != ident)
				continue;	/* someone else's ping */
			unsigned sq = ntohs(rseq);
			int dup = seen[sq / 8] & (1 << (sq & 7));
			seen[sq / 8] |= 1 << (sq & 7);
			double ms = -1;
			if (size >= 16 && (size_t)n >= 8 + 16) {
				int64_t sec, nsec;
				memcpy(&sec, icmp + 8, 8);
				memcpy(&nsec, icmp + 16, 8);
				ms = (rt - (sec + nsec / 1e9)) * 1000;
				if (ms < 0 || ms > 1e9)
					ms = -1;
			}
			if (dup)
				dups++;
			else {
				received++;
				if (ms >= 0) {
					tsum += ms;
					tsum2 += ms * ms;
					if (ms < tmin)
						tmin = ms;
					if (ms > tmax)
						tmax = ms;
				}
			}
			if (!quiet) {
				printf("%zd bytes from %s: icmp_seq=%u", n, fstr, sq);
				if (rttl >= 0)
					printf(" ttl=%d", rttl);
				if (ms >= 0)
					printf(" time=%.*f ms", ms < 1 ? 3 : ms < 10 ? 2 : ms < 100 ? 1 : 0, ms);
				puts(dup ? " (DUP!)" : "");
				fflush(stdout);
			}
		} else if (raw && !v6 && (type == ICMP_DEST_UNREACH || type == ICMP_TIME_EXCEEDED) && n >= 8 + 20 + 8) {
			/* an error about one of our requests: the original header follows */
			uint8_t *orig = icmp + 8;
			size_t ohl = (orig[0] & 0x0f) * 4;
			if (ohl < 20 || (size_t)n < 8 + ohl + 8 || orig[9] != IPPROTO_ICMP)
				continue;
			memcpy(&rid, orig + ohl + 4, 2);
			memcpy(&rseq, orig + ohl + 6, 2);
			if (ntohs(rid) != ident)
				continue;
			errors++;
			if (!quiet) {
				static const char *unreach[] = { "Destination Net Unreachable",
					"Destination Host Unreachable", "Destination Protocol Unreachable",
					"Destination Port Unreachable", "Frag needed" };
				printf("From %s icmp_seq=%u %s\n", fstr, ntohs(rseq),
				       type == ICMP_TIME_EXCEEDED ? "Time to live exceeded" :
				       icmp[1] < 5 ? unreach[icmp[1]] : "Destination Unreachable");
				fflush(stdout);
			}
		}
	}
	double el = (now() - start) * 1000;
	printf("\n--- %s ping statistics ---\n", host);
	printf("%ld packets transmitted, %ld received", sent, received);
	if (dups)
		printf(", +%ld duplicates", dups);
	if (errors)
		printf(", +%ld errors", errors);
	printf(", %ld%% packet loss, time %.0fms\n", sent ? (sent - received) * 100 / sent : 0, el);
	if (received && tmin <= tmax) {
		double avg = tsum / received, var = tsum2 / received - avg * avg;
		printf("rtt min/avg/max/mdev = %.3f/%.3f/%.3f/%.3f ms\n", tmin, avg, tmax,
		       root(var));
	}
	if (ret)
		return ret;
	return received ? 0 : 1;
}
