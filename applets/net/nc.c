/* nc - read and write data across TCP or UDP connections
 *
 * APPLET(nc, USR_BIN)
 * usage: nc [-46lknuvz] [-p PORT] [-s ADDR] [-w SECS] [-e PROG] [HOST] [PORT[-PORT]]
 *
 * Connect to HOST PORT, or with -l wait for one connection, then copy standard input
 * to the socket and the socket to standard output. When standard input ends, the
 * sending side of a TCP connection is shut down (the peer sees end of file) and nc
 * goes on reading until the peer closes.
 *
 * -4, -6    IPv4 only, IPv6 only
 * -l        listen (nc -l -p PORT, nc -l PORT, nc -l ADDR PORT)
 * -k        with -l: accept another connection when one ends
 * -p PORT   local port
 * -s ADDR   local address
 * -u        UDP instead of TCP
 * -w SECS   give up connecting or waiting after SECS, and quit after SECS idle
 * -z        only see whether ports accept connections (a range like 20-25 is allowed)
 * -v        report connections on standard error
 * -n        numeric addresses only: no DNS
 * -e PROG   run PROG (with sh -c) with the connection as its standard input and output
 */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include "ring3.h"

static int fam = AF_UNSPEC, udp, verbose, numeric, timeout_s = -1;
static const char *prog;

static const char *addr_str(const struct sockaddr *sa, char *buf, size_t len, unsigned *port)
{
	const void *a = sa->sa_family == AF_INET6 ? (const void *)&((struct sockaddr_in6 *)sa)->sin6_addr :
		(const void *)&((struct sockaddr_in *)sa)->sin_addr;
	*port = ntohs(sa->sa_family == AF_INET6 ? ((struct sockaddr_in6 *)sa)->sin6_port :
		      ((struct sockaddr_in *)sa)->sin_port);
	if (!inet_ntop(sa->sa_family, a, buf, len))
		strcpy(buf, "?");
	return buf;
}

static int parse_port(const char *s, unsigned *lo, unsigned *hi)
{
	char *end;
	unsigned long a = strtoul(s, &end, 10), b = a;
	if (end == s || a > 65535)
		return -1;
	if (*end == '-' && hi) {
		const char *t = end + 1;
		b = strtoul(t, &end, 10);
		if (end == t || b > 65535 || b < a)
			return -1;
	}
	if (*end)
		return -1;
	*lo = a;
	if (hi)
		*hi = b;
	return 0;
}

static struct addrinfo *resolve(const char *host, const char *port, int passive)
{
	struct addrinfo hints = { 0 }, *res;
	hints.ai_family = fam;
	hints.ai_socktype = udp ? SOCK_DGRAM : SOCK_STREAM;
	hints.ai_flags = (numeric ? AI_NUMERICHOST : 0) | (passive ? AI_PASSIVE : 0) | AI_NUMERICSERV;
	int e = getaddrinfo(host, port, &hints, &res);
	if (e)
		die("%s: %s", host ? host : port, e == EAI_SYSTEM ? strerror(errno) : gai_strerror(e));
	return res;
}

static void bind_local(int fd, int family, const char *src, const char *lport)
{
	int one = 1;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (!src && !lport)
		return;
	int save = fam;
	fam = family;
	struct addrinfo *ai = resolve(src, lport ? lport : "0", 1);
	fam = save;
	if (bind(fd, ai->ai_addr, ai->ai_addrlen) < 0)
		die_errno("bind %s%s%s", src ? src : "", src && lport ? ":" : "", lport ? lport : "");
	freeaddrinfo(ai);
}

/* connect with a time limit: -1 with errno on failure */
static int connect_timeout(int fd, const struct sockaddr *sa, socklen_t len)
{
	int fl = fcntl(fd, F_GETFL);
	fcntl(fd, F_SETFL, fl | O_NONBLOCK);
	int r = connect(fd, sa, len);
	if (r < 0 && errno == EINPROGRESS) {
		struct pollfd p = { fd, POLLOUT, 0 };
		do
			r = poll(&p, 1, timeout_s >= 0 ? timeout_s * 1000 : -1);
		while (r < 0 && errno == EINTR);
		if (r == 0) {
			errno = ETIMEDOUT;
			return -1;
		}
		int err = 0;
		socklen_t el = sizeof err;
		getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &el);
		if (err) {
			errno = err;
			return -1;
		}
		r = 0;
	}
	fcntl(fd, F_SETFL, fl);
	return r;
}

static int run_prog(int fd)
{
	pid_t pid = fork();
	if (pid < 0)
		die_errno("fork");
	if (!pid) {
		dup2(fd, 0);
		dup2(fd, 1);
		if (fd > 1)
			close(fd);
		execl("/bin/sh", "sh", "-c", prog, (char *)0);
		warn_errno("/bin/sh");
		_exit(127);
	}
	close(fd);
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return 1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

/* Copy stdin to fd and fd to stdout until both have ended: a peer that half-closes
 * still gets the rest of our input, and we still read what it sends after our EOF. */
static int pump(int fd)
{
	static char buf[65536];
	struct pollfd p[2] = { { 0, POLLIN, 0 }, { fd, POLLIN, 0 } };
	int in_open = 1, net_open = 1;
	while (in_open || net_open) {
		p[0].fd = in_open ? 0 : -1;
		p[1].fd = net_open ? fd : -1;
		int r = poll(p, 2, timeout_s >= 0 && !in_open ? timeout_s * 1000 : -1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			die_errno("poll");
		}
		if (!r)
			return 0;	/* idle for -w seconds */
		if (p[1].revents & (POLLIN | POLLHUP | POLLERR)) {
			ssize_t n = read(fd, buf, sizeof buf);
			if (n < 0) {
				if (errno == EINTR || errno == EAGAIN || (udp && errno == ECONNREFUSED))
					continue;
				warn_errno("read");
				return 1;
			}
			if (n == 0) {
				net_open = udp;	/* for UDP only an empty datagram */
				continue;
			}
			if (full_write(1, buf, n) < 0) {
				warn_errno("write error");
				return 1;
			}
		}
		if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
			ssize_t n = read(0, buf, sizeof buf);
			if (n < 0 && (errno == EINTR || errno == EAGAIN))
				continue;
			if (n <= 0) {
				if (n < 0)
					warn_errno("standard input");
				in_open = 0;
				/* a datagram peer never says it is done: UDP waits for -w */
				if (!udp)
					shutdown(fd, SHUT_WR);
				else if (timeout_s < 0 && !net_open)
					return 0;
				continue;
			}
			for (ssize_t off = 0; off < n;) {
				ssize_t w = send(fd, buf + off, n - off, MSG_NOSIGNAL);
				if (w < 0) {
					if (errno == EINTR)
						continue;
					if (udp && errno == ECONNREFUSED)
						break;
					if (errno == EPIPE && !net_open)
						return 0;	/* the peer is gone entirely */
					warn_errno("write");
					return 1;
				}
				off += w;
			}
		}
	}
	return 0;
}

static int serve(int fd)
{
	return prog ? run_prog(fd) : pump(fd);
}

static int do_listen(const char *src, const char *port, int keep)
{
	struct addrinfo *ai = resolve(src, port ? port : "0", 1);
	int fd = -1;
	struct addrinfo *a;
	/* with no address, prefer IPv6 "any" taking IPv4 too, as BusyBox nc does */
	for (int pass = 0; pass < 2 && fd < 0; pass++)
		for (a = ai; a; a = a->ai_next) {
			if (!src && fam == AF_UNSPEC && (pass == 0) != (a->ai_family == AF_INET6))
				continue;
			if (src && pass)
				break;
			fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
			if (fd < 0)
				continue;
			int one = 1, zero = 0;
			setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
			if (a->ai_family == AF_INET6)
				setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &zero, sizeof zero);
			if (bind(fd, a->ai_addr, a->ai_addrlen) == 0 && (udp || listen(fd, 8) == 0))
				break;
			int e = errno;
			close(fd);
			fd = -1;
			errno = e;
		}
	if (fd < 0)
		die_errno("bind %s%s%s", src ? src : "", src ? ":" : "", port ? port : "0");
	freeaddrinfo(ai);
	struct sockaddr_storage ss;
	socklen_t sl = sizeof ss;
	char b[INET6_ADDRSTRLEN];
	unsigned pt;
	if (verbose && getsockname(fd, (struct sockaddr *)&ss, &sl) == 0)
		addr_str((struct sockaddr *)&ss, b, sizeof b, &pt),
		fprintf(stderr, "listening on [%s]:%u ...\n", b, pt);
	for (;;) {
		struct pollfd p = { fd, POLLIN, 0 };
		int r;
		while ((r = poll(&p, 1, timeout_s >= 0 ? timeout_s * 1000 : -1)) < 0 && errno == EINTR)
			;
		if (r == 0)
			die("timed out waiting for a connection");
		sl = sizeof ss;
		int c;
		if (udp) {
			/* the first datagram names the peer; connect to it and go on as TCP does */
			char buf[65536];
			ssize_t n = recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *)&ss, &sl);
			if (n < 0) {
				if (errno == EINTR)
					continue;
				die_errno("recvfrom");
			}
			if (connect(fd, (struct sockaddr *)&ss, sl) < 0)
				die_errno("connect");
			if (verbose)
				addr_str((struct sockaddr *)&ss, b, sizeof b, &pt),
				fprintf(stderr, "connect from [%s]:%u\n", b, pt);
			if (full_write(1, buf, n) < 0) {
				warn_errno("write error");
				return 1;
			}
			return serve(fd);
		}
		c = accept4(fd, (struct sockaddr *)&ss, &sl, SOCK_CLOEXEC);
		if (c < 0) {
			if (errno == EINTR || errno == ECONNABORTED)
				continue;
			die_errno("accept");
		}
		if (verbose)
			addr_str((struct sockaddr *)&ss, b, sizeof b, &pt),
			fprintf(stderr, "connect from [%s]:%u\n", b, pt);
		if (!keep) {
			close(fd);
			return serve(c);
		}
		if (prog) {
			/* -k -e: one child per connection, the listener stays here */
			pid_t pid = fork();
			if (pid == 0) {
				close(fd);
				_exit(run_prog(c));
			}
			close(c);
			while (waitpid(-1, 0, WNOHANG) > 0)
				;
		} else {
			pump(c);
			close(c);
		}
	}
}

int nc_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "46lkp:s:uw:zvne:");
	int c, listen_mode = 0, keep = 0, scan = 0;
	const char *lport = 0, *src = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case '4': fam = AF_INET; break;
		case '6': fam = AF_INET6; break;
		case 'l': listen_mode = 1; break;
		case 'k': keep = 1; break;
		case 'p': lport = o.arg; break;
		case 's': src = o.arg; break;
		case 'u': udp = 1; break;
		case 'z': scan = 1; break;
		case 'v': verbose++; break;
		case 'n': numeric = 1; break;
		case 'e': prog = o.arg; break;
		case 'w': {
			char *end;
			long v = strtol(o.arg, &end, 10);
			if (!*o.arg || *end || v < 0 || v > 86400 * 365)
				die("invalid timeout '%s'", o.arg);
			timeout_s = v;
			break;
		}
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	unsigned lo, hi;
	if (lport && parse_port(lport, &lo, 0))
		die("invalid port '%s'", lport);
	signal(SIGPIPE, SIG_IGN);
	if (listen_mode) {
		const char *addr = src;
		if (argc == 1 && !lport)
			lport = argv[0];
		else if (argc == 2 && !lport) {
			addr = argv[0];
			lport = argv[1];
		} else if (argc) {
			warn_msg("extra operand '%s'", argv[0]);
			return usage();
		}
		if (lport && parse_port(lport, &lo, 0))
			die("invalid port '%s'", lport);
		return do_listen(addr, lport, keep);
	}
	if (argc != 2) {
		if (argc > 2)
			warn_msg("extra operand '%s'", argv[2]);
		return usage();
	}
	const char *host = argv[0];
	if (parse_port(argv[1], &lo, &hi))
		die("invalid port '%s'", argv[1]);
	if (!scan && hi != lo)
		die("a port range needs -z");
	int ret = 1;
	for (unsigned port = lo; port <= hi; port++) {
		char ps[8];
		snprintf(ps, sizeof ps, "%u", port);
		struct addrinfo *ai = resolve(host, ps, 0), *a;
		int fd = -1, err = 0;
		for (a = ai; a; a = a->ai_next) {
			fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
			if (fd < 0) {
				err = errno;
				continue;
			}
			if (src || lport)
				bind_local(fd, a->ai_family, src, lport);
			if (connect_timeout(fd, a->ai_addr, a->ai_addrlen) == 0)
				break;
			err = errno;
			close(fd);
			fd = -1;
		}
		char b[INET6_ADDRSTRLEN];
		unsigned pt;
		if (fd < 0) {
			errno = err;
			if (!scan || verbose)
				warn_errno("%s%s%s", scan ? host : "", scan ? " port " : "",
					   scan ? ps : host);
			freeaddrinfo(ai);
			continue;
		}
		if (verbose)
			addr_str(a->ai_addr, b, sizeof b, &pt),
			fprintf(stderr, "%s (%s:%u) open\n", host, b, pt);
		freeaddrinfo(ai);
		if (scan) {
			close(fd);
			ret = 0;
			continue;
		}
		return serve(fd);
	}
	return ret;
}
