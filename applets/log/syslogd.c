/* syslogd - the system log daemon
 *
 * APPLET(syslogd, SBIN)
 * usage: syslogd [-nStL] [-O FILE | -f CONF] [-s KB] [-b N] [-C[KB]] [-l LEVEL] [-p SOCKET] [-R HOST[:PORT]]
 *
 * Read messages from SOCKET (a datagram socket, /dev/log by default), where programs
 * send "<PRI>Mmm dd hh:mm:ss tag: text" (see logger, syslog(3)), and write each as one
 * line "Mmm dd hh:mm:ss HOST FACILITY.LEVEL tag: text" to FILE, or keep the lines in
 * a ring buffer in memory that logread shows. Control characters become ^X; a
 * datagram holding several lines is several messages.
 *
 * -n  stay in the foreground (for a supervisor)
 * -O FILE  log to FILE (default /var/log/messages)
 * -f CONF  route messages as the configuration file CONF says (default
 *          /etc/syslog.conf if it exists and -O is not given; see below)
 * -s KB  rotate FILE before it grows past KB kilobytes (default 200; 0: never)
 * -b N  keep N rotated files, FILE.0 the newest (default 1; 0: just truncate FILE)
 * -C[KB]  log to a ring buffer of KB kilobytes (default 16) for logread, instead of
 *         FILE (to both when -O is given too)
 * -l LEVEL  log only messages more urgent than LEVEL, 1-8 (default 8: all)
 * -S  smaller lines: no FACILITY.LEVEL
 * -t  stamp messages with their arrival time, not the time the sender wrote
 * -R HOST[:PORT]  forward messages over UDP to a remote syslogd (port 514) instead of
 *                 logging them here; -L: log here too
 * -p SOCKET  listen on SOCKET instead of /dev/log
 *
 * Writes: one write(2) per line to FILE opened with O_APPEND, no buffering in syslogd,
 * so a crash of syslogd loses nothing it has read. FILE is fsync'd at rotation, on
 * SIGHUP and at exit, and after each message of level crit or more urgent, which may
 * be the last words before a crash; the rest reaches the disk with the kernel's
 * writeback. SIGHUP closes and reopens FILE (for logrotate); SIGTERM and SIGINT end
 * syslogd, removing SOCKET. Senders never wait on disk or readers: logread clients are
 * served without blocking and dropped when more than 1 MiB behind.
 *
 * CONF has a rule a line, "SELECTOR[;SELECTOR...]  ACTION"; # starts a comment. A
 * SELECTOR is FACILITY[,FACILITY...].LEVEL: FACILITY a name (kern user mail daemon
 * auth syslog lpr news uucp cron authpriv ftp local0 ... local7) or * for all; LEVEL
 * (emerg alert crit err warning notice info debug, or 0-7) takes that level and the
 * more urgent ones, =LEVEL that level alone, * all, none none of the facility;
 * !LEVEL and !=LEVEL take back what they would take. Selectors apply in order, so
 * "*.info;mail.none" is everything of level info or more urgent but mail. ACTION:
 *   /FILE   append to FILE (an absolute path), synced after every message
 *   -/FILE  the same without the syncs
 *   @HOST[:PORT]  forward over UDP to HOST's syslogd (port 514)
 * A message goes to every rule that takes it (-l filters first); SIGHUP reads CONF
 * again, keeping the old rules if the new file has an error. -s and -b rotate every
 * FILE, -C and -R work as without CONF (-L is implied).
 *
 * logread connects to the ring on an abstract unix stream socket named after SOCKET's
 * real path ("ring3-syslogd-ring:/dev/log"), sends one byte (d: dump and close,
 * f: follow new lines, F: dump then follow) and reads lines. Only root and
 * syslogd's own user may read it.
 */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

enum { MAX_MSG = 8192, MAX_CLIENTS = 16, MAX_BEHIND = 1 << 20 };

static const char *sock_path = "/dev/log", *log_path = "/var/log/messages", *conf_path;
static int small, strip, level_limit = 8, to_file = 1, nrotate = 1;
static unsigned long long max_size = 200 * 1024;
static char host[256];
static const char *remote;	/* -R */

/* Where messages go: a file or a remote syslogd, for the levels of each facility
 * that mask holds (bit L of mask[F]: level L of facility F). */
enum { SYNC_NONE, SYNC_CRIT, SYNC_ALL };
struct dest {
	unsigned char mask[24];
	char *path;		/* a file, or NULL for remote */
	int fd, warned, sync;
	unsigned long long size;
	char *remote;		/* HOST[:PORT] */
	int rfd;
	struct sockaddr_storage addr;
	socklen_t alen;
	time_t tried;
};
static struct dest *dests;
static size_t ndests;

/* -C: complete lines in a circular byte buffer */
static char *ring;
static size_t ring_cap, ring_head, ring_len;

struct client {
	int fd, follow, started, closing;
	char *out;
	size_t len, off;
};
static struct client clients[MAX_CLIENTS];
static int nclients;

static void set_host(void)
{
	if (gethostname(host, sizeof host) < 0)
		strcpy(host, "localhost");
	host[sizeof host - 1] = 0;
	host[strcspn(host, ".")] = 0;
}

static void open_log(struct dest *d)
{
	d->fd = open(d->path, O_WRONLY | O_APPEND | O_CREAT | O_NOCTTY | O_CLOEXEC, 0640);
	struct stat st;
	if (d->fd < 0) {
		if (!d->warned++)	/* once: a missing /var/log is retried quietly */
			warn_errno("%s", d->path);
		return;
	}
	d->warned = 0;
	d->size = fstat(d->fd, &st) == 0 && S_ISREG(st.st_mode) ? st.st_size : 0;
	if (!S_ISREG(st.st_mode))	/* a console or FIFO: never rotated */
		d->size = 0;
}

static void close_log(struct dest *d)
{
	if (d->fd >= 0) {
		fsync(d->fd);
		close(d->fd);
	}
	d->fd = -1;
}

static void rotate(struct dest *d)
{
	close_log(d);
	if (!nrotate) {
		if (truncate(d->path, 0) < 0)
			warn_errno("%s", d->path);
	} else {
		size_t n = strlen(d->path) + 16;
		char *from = xmalloc(n), *to = xmalloc(n);
		for (int i = nrotate - 1; i > 0; i--) {
			snprintf(from, n, "%s.%d", d->path, i - 1);
			snprintf(to, n, "%s.%d", d->path, i);
			rename(from, to);	/* a missing older file is no error */
		}
		snprintf(to, n, "%s.0", d->path);
		if (rename(d->path, to) < 0)
			warn_errno("%s", d->path);
		free(from);
		free(to);
	}
	open_log(d);
}

static void to_log_file(struct dest *d, const char *line, size_t len, int pri)
{
	if (d->fd < 0)
		open_log(d);
	if (d->fd < 0)
		return;
	struct stat st;
	if (max_size && d->size + len > max_size && fstat(d->fd, &st) == 0 &&
	    S_ISREG(st.st_mode) && d->size)
		rotate(d);
	if (d->fd < 0)
		return;
	if (full_write(d->fd, line, len) < 0) {
		/* a full disk: try again with a fresh descriptor next time */
		close_log(d);
		return;
	}
	d->size += len;
	if (d->sync == SYNC_ALL || (d->sync == SYNC_CRIT && LOG_PRI(pri) <= LOG_CRIT))
		fdatasync(d->fd);
}

static void client_queue(struct client *c, const char *s, size_t len)
{
	if (c->len - c->off + len > MAX_BEHIND) {
		c->closing = 2;	/* too slow: dropped */
		return;
	}
	if (c->off) {
		memmove(c->out, c->out + c->off, c->len - c->off);
		c->len -= c->off;
		c->off = 0;
	}
	c->out = xrealloc(c->out, c->len + len);
	memcpy(c->out + c->len, s, len);
	c->len += len;
}

static void to_ring(const char *line, size_t len)
{
	if (len > ring_cap) {
		line += len - ring_cap;
		len = ring_cap;
	}
	/* drop whole old lines until the new one fits */
	while (ring_len + len > ring_cap) {
		size_t n = 0;
		while (n < ring_len && ring[(ring_head + n) % ring_cap] != '\n')
			n++;
		n = n < ring_len ? n + 1 : ring_len;
		ring_head = (ring_head + n) % ring_cap;
		ring_len -= n;
	}
	size_t tail = (ring_head + ring_len) % ring_cap, first = ring_cap - tail;
	if (first > len)
		first = len;
	memcpy(ring + tail, line, first);
	memcpy(ring, line + first, len - first);
	ring_len += len;
	for (int i = 0; i < nclients; i++)
		if (clients[i].follow && clients[i].started && !clients[i].closing)
			client_queue(&clients[i], line, len);
}

static void resolve_remote(struct dest *d)
{
	time_t now = time(NULL);
	if (d->rfd >= 0 || now - d->tried < 30)
		return;
	d->tried = now;
	char *h = xstrdup(d->remote), *port = "514", *colon = strrchr(h, ':');
	if (colon && !strchr(colon, ']')) {
		*colon = 0;
		port = colon + 1;
	}
	if (*h == '[' && h[strlen(h) - 1] == ']') {	/* [v6addr]:port */
		memmove(h, h + 1, strlen(h));
		h[strlen(h) - 1] = 0;
	}
	struct addrinfo hints = { .ai_socktype = SOCK_DGRAM }, *ai;
	int err = getaddrinfo(h, port, &hints, &ai);
	if (err) {
		warn_msg("%s: %s", d->remote, gai_strerror(err));
	} else {
		d->rfd = socket(ai->ai_family, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
		memcpy(&d->addr, ai->ai_addr, ai->ai_addrlen);
		d->alen = ai->ai_addrlen;
		freeaddrinfo(ai);
	}
	free(h);
}

static struct dest *add_dest(struct dest **list, size_t *n)
{
	*list = xrealloc(*list, (*n + 1) * sizeof **list);
	struct dest *d = &(*list)[(*n)++];
	*d = (struct dest){ .fd = -1, .rfd = -1 };
	return d;
}

static void free_dests(struct dest *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		close_log(&list[i]);
		if (list[i].rfd >= 0)
			close(list[i].rfd);
		free(list[i].path);
		free(list[i].remote);
	}
	free(list);
}

/* A level name or number (0-7), -1 if it is neither. */
static int parse_level(const char *s)
{
	if (*s >= '0' && *s <= '9')
		return !s[1] && *s < '8' ? *s - '0' : -1;
	int pri = log_parse_pri(s, 0);
	return pri < 0 ? -1 : LOG_PRI(pri);
}

static int parse_facility(const char *s)
{
	char *t = xmalloc(strlen(s) + 8);
	sprintf(t, "%s.debug", s);
	int pri = log_parse_pri(t, 0);
	free(t);
	return pri < 0 ? -1 : LOG_FAC(pri);
}

/* The selectors of a syslog.conf line into d->mask, in order: each sets (or with !
 * and none clears) the levels it names for its facilities. NULL or an error. */
static const char *parse_selectors(char *sel, struct dest *d)
{
	static char err[128];
	for (char *part = strtok(sel, ";"); part; part = strtok(NULL, ";")) {
		char *dot = strchr(part, '.');
		if (!dot)
			return "missing .level";
		*dot = 0;
		char *lv = dot + 1;
		int neg = *lv == '!', none = 0, exact;
		lv += neg;
		exact = *lv == '=';
		lv += exact;
		unsigned bits;
		if (!strcmp(lv, "*"))
			bits = 0xff;
		else if (!strcmp(lv, "none"))
			bits = 0xff, none = 1;
		else {
			int l = parse_level(lv);
			if (l < 0) {
				snprintf(err, sizeof err, "unknown level '%s'", lv);
				return err;
			}
			/* LEVEL: it and the more urgent ones, =LEVEL: it alone */
			bits = exact ? 1u << l : (2u << l) - 1;
		}
		for (char *f = part, *next; f; f = next) {
			next = strchr(f, ',');
			if (next)
				*next++ = 0;
			int lo = 0, hi = 23;
			if (strcmp(f, "*")) {
				lo = hi = parse_facility(f);
				if (lo < 0) {
					snprintf(err, sizeof err, "unknown facility '%s'", f);
					return err;
				}
			}
			for (int i = lo; i <= hi; i++)
				d->mask[i] = neg || none ? d->mask[i] & ~bits : d->mask[i] | bits;
		}
	}
	return NULL;
}

/* syslog.conf: "SELECTOR[;SELECTOR...]  ACTION" lines, # comments. */
static int parse_conf(const char *path, struct dest **list, size_t *n)
{
	FILE *f = fopen(path, "re");
	if (!f) {
		warn_errno("%s", path);
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0, bad = 0;
	while (!bad && getline(&line, &cap, f) >= 0) {
		lineno++;
		line[strcspn(line, "#\n")] = 0;
		char *sel = line + strspn(line, " \t"), *act = sel + strcspn(sel, " \t");
		if (!*sel)
			continue;
		if (*act)
			*act++ = 0;
		act += strspn(act, " \t");
		act[strcspn(act, " \t")] = 0;
		struct dest *d = add_dest(list, n);
		const char *err = *act ? parse_selectors(sel, d) : "missing action";
		if (!err && *act == '@' && act[1])
			d->remote = xstrdup(act + 1);
		else if (!err) {
			d->sync = *act == '-' ? SYNC_NONE : SYNC_ALL;
			act += *act == '-';
			if (*act == '/')
				d->path = xstrdup(act);
			else
				err = "action is not /FILE, -/FILE or @HOST";
		}
		if (err) {
			warn_msg("%s:%d: %s", path, lineno, err);
			bad = 1;
		}
	}
	free(line);
	fclose(f);
	return bad ? -1 : 0;
}

/* The destinations: syslog.conf's, or the -O file; and the -R host. */
static int load_dests(struct dest **list, size_t *n)
{
	*list = NULL;
	*n = 0;
	if (conf_path) {
		if (parse_conf(conf_path, list, n)) {
			free_dests(*list, *n);
			return -1;
		}
	} else if (to_file) {
		struct dest *d = add_dest(list, n);
		memset(d->mask, 0xff, sizeof d->mask);
		d->path = xstrdup(log_path);
		d->sync = SYNC_CRIT;
	}
	if (remote) {
		struct dest *d = add_dest(list, n);
		memset(d->mask, 0xff, sizeof d->mask);
		d->remote = xstrdup(remote);
	}
	return 0;
}

/* A sender's "Mmm dd hh:mm:ss " time stamp? */
static int is_stamp(const char *p, size_t len)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	if (len < 16 || p[3] != ' ' || p[6] != ' ' || p[9] != ':' || p[12] != ':' ||
	    p[15] != ' ')
		return 0;
	int m = 0;
	while (m < 12 && memcmp(months + 3 * m, p, 3))
		m++;
	const char *digits = "\5\7\10\12\13\15\16";	/* positions of digits */
	for (const char *d = digits; *d; d++)
		if (p[(int)*d] < '0' || p[(int)*d] > '9')
			return 0;
	return m < 12 && (p[4] == ' ' || (p[4] >= '0' && p[4] <= '9'));
}

static void log_line(const char *p, size_t len)
{
	int pri = LOG_USER | LOG_NOTICE;
	if (len && *p == '<') {
		size_t i = 1;
		int v = 0;
		while (i < len && i < 5 && p[i] >= '0' && p[i] <= '9')
			v = v * 10 + (p[i++] - '0');
		if (i > 1 && i < len && p[i] == '>' && v < 24 << 3) {
			pri = v;
			p += i + 1;
			len -= i + 1;
		}
	}
	if (LOG_PRI(pri) >= level_limit)
		return;
	char stamp[32];
	if (is_stamp(p, len)) {
		memcpy(stamp, p, 15);
		stamp[15] = 0;
		p += 16;
		len -= 16;
	} else
		stamp[0] = 0;
	if (strip || !stamp[0]) {
		time_t now = time(NULL);
		struct tm tm;
		strftime(stamp, sizeof stamp, "%b %e %H:%M:%S", localtime_r(&now, &tm));
	}

	/* header, then the text with control characters made visible */
	static char out[2 * MAX_MSG + 512];
	int n = small ? snprintf(out, sizeof out, "%s %s ", stamp, host)
		      : snprintf(out, sizeof out, "%s %s %s.%s ", stamp, host,
				 log_facility_name(LOG_FAC(pri)), log_level_name(LOG_PRI(pri)));
	size_t o = n;
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = p[i];
		if (ch < 32 || ch == 127) {
			out[o++] = '^';
			out[o++] = ch == 127 ? '?' : ch + '@';
		} else
			out[o++] = ch;
	}
	out[o++] = '\n';

	for (size_t i = 0; i < ndests; i++) {
		struct dest *d = &dests[i];
		if (!(d->mask[LOG_FAC(pri)] >> LOG_PRI(pri) & 1))
			continue;
		if (d->path) {
			to_log_file(d, out, o, pri);
			continue;
		}
		resolve_remote(d);
		if (d->rfd >= 0) {
			static char pkt[sizeof out + 16];
			int h = snprintf(pkt, sizeof pkt, "<%d>%s %s ", pri, stamp, host);
			memcpy(pkt + h, out + n, o - n - 1);
			/* UDP: a lost datagram is lost; never wait for the network */
			sendto(d->rfd, pkt, h + o - n - 1, MSG_DONTWAIT | MSG_NOSIGNAL,
			       (struct sockaddr *)&d->addr, d->alen);
		}
	}
	if (ring)
		to_ring(out, o);
}

static void handle(char *buf, size_t n)
{
	/* trailing newlines and NULs (some libcs send the NUL) are no part of it */
	while (n && (buf[n - 1] == '\n' || buf[n - 1] == 0 || buf[n - 1] == '\r'))
		n--;
	while (n) {
		char *nl = memchr(buf, '\n', n);
		size_t len = nl ? (size_t)(nl - buf) : n;
		if (len)
			log_line(buf, len);
		if (!nl)
			break;
		buf += len + 1;
		n -= len + 1;
	}
}

static void drop_client(int i)
{
	close(clients[i].fd);
	free(clients[i].out);
	clients[i] = clients[--nclients];
}

static void accept_client(int lfd)
{
	int fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
	if (fd < 0)
		return;
	struct ucred cr;
	socklen_t cl = sizeof cr;
	if (nclients == MAX_CLIENTS || getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cr, &cl) < 0 ||
	    (cr.uid != 0 && cr.uid != geteuid())) {
		close(fd);
		return;
	}
	clients[nclients++] = (struct client){ .fd = fd };
}

/* The client's command byte, or its end. Returns 0 to drop it. */
static int client_read(struct client *c)
{
	char cmd;
	ssize_t n = recv(c->fd, &cmd, 1, MSG_DONTWAIT);
	if (n < 0)
		return errno == EAGAIN || errno == EINTR;
	if (n == 0 || c->started)
		return 0;	/* logread went away (or talks out of turn) */
	c->started = 1;
	if (cmd == 'd' || cmd == 'F') {
		size_t first = ring_cap - ring_head;
		if (first > ring_len)
			first = ring_len;
		client_queue(c, ring + ring_head, first);
		client_queue(c, ring, ring_len - first);
	}
	if (cmd == 'f' || cmd == 'F')
		c->follow = 1;
	else
		c->closing = 1;
	return 1;
}

/* Returns 0 to drop the client. */
static int client_write(struct client *c)
{
	while (c->off < c->len) {
		ssize_t n = send(c->fd, c->out + c->off, c->len - c->off,
				 MSG_DONTWAIT | MSG_NOSIGNAL);
		if (n < 0)
			return errno == EAGAIN || errno == EINTR;
		c->off += n;
	}
	c->off = c->len = 0;
	return c->closing != 1;
}

static int listen_ring(void)
{
	struct sockaddr_un sun = { .sun_family = AF_UNIX };
	int n = log_ring_name(sock_path, sun.sun_path + 1, sizeof sun.sun_path - 1);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (n < 0 || fd < 0 ||
	    bind(fd, (struct sockaddr *)&sun, offsetof(struct sockaddr_un, sun_path) + 1 + n) < 0 ||
	    listen(fd, 8) < 0)
		die_errno("cannot serve the ring buffer for %s", sock_path);
	return fd;
}

int syslogd_main(int argc, char **argv)
{
	/* -C takes an optional size glued to it, which opt_next cannot express */
	int local = 0, explicit_file = 0;
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strncmp(argv[i], "-C", 2) && argv[i][2] >= '0' && argv[i][2] <= '9') {
			char *end;
			unsigned long kb = strtoul(argv[i] + 2, &end, 10);
			if (*end || !kb || kb > 1 << 20) {
				warn_msg("%s: invalid buffer size", argv[i] + 2);
				return 1;
			}
			ring_cap = kb << 10;
			argv[i] = "-C";
		}
	struct opt o = OPT_INIT(argc, argv, "nO:f:s:b:Cl:StR:Lp:");
	int c, fg = 0;
	while ((c = opt_next(&o)) != -1) {
		char *end = "";
		unsigned long v = 0;
		if (c == 's' || c == 'b' || c == 'l')
			v = strtoul(o.arg, &end, 10);
		switch (c) {
		case 'n': fg = 1; break;
		case 'O': log_path = o.arg; explicit_file = 1; break;
		case 'f': conf_path = o.arg; break;
		case 's':
			if (*end || !*o.arg || v > (1UL << 30)) {
				warn_msg("%s: invalid size", o.arg);
				return 1;
			}
			max_size = (unsigned long long)v << 10;
			break;
		case 'b':
			if (*end || !*o.arg || v > 99) {
				warn_msg("%s: invalid number of files", o.arg);
				return 1;
			}
			nrotate = v;
			break;
		case 'C':
			if (!ring_cap)
				ring_cap = 16 << 10;
			break;
		case 'l':
			if (*end || v < 1 || v > 8) {
				warn_msg("%s: invalid level", o.arg);
				return 1;
			}
			level_limit = v;
			break;
		case 'S': small = 1; break;
		case 't': strip = 1; break;
		case 'R': remote = o.arg; break;
		case 'L': local = 1; break;
		case 'p': sock_path = o.arg; break;
		default: return usage();
		}
	}
	if (o.ind < argc) {
		warn_msg("extra operand '%s'", argv[o.ind]);
		return usage();
	}
	if (conf_path && explicit_file) {
		warn_msg("-O: cannot be combined with -f");
		return usage();
	}
	/* the classic configuration when there is one, unless -O says where to log */
	if (!conf_path && !explicit_file && !access("/etc/syslog.conf", F_OK))
		conf_path = "/etc/syslog.conf";
	if (ring_cap) {
		ring = xmalloc(ring_cap);
		to_file = explicit_file;
	}
	if (remote && !local && !conf_path) {	/* forwarding only */
		to_file = 0;
		free(ring);
		ring = NULL;
	}
	set_host();
	if (!fg) {	/* the daemon works from / */
		sock_path = abs_path(sock_path);
		log_path = abs_path(log_path);
		if (conf_path)
			conf_path = abs_path(conf_path);
	}
	if (load_dests(&dests, &ndests))
		return 1;

	/* signals wait in the signalfd from before the socket exists: whoever sees the
	 * socket may signal us */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigprocmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
	int sigfd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
	if (sigfd < 0)
		die_errno("signalfd");
	struct sockaddr_un sun = { .sun_family = AF_UNIX };
	if (strlen(sock_path) >= sizeof sun.sun_path)
		die("%s: name too long", sock_path);
	strcpy(sun.sun_path, sock_path);
	int sfd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (sfd < 0)
		die_errno("socket");
	unlink(sock_path);	/* a stale socket from an earlier run */
	if (bind(sfd, (struct sockaddr *)&sun, sizeof sun) < 0)
		die_errno("%s", sock_path);
	chmod(sock_path, 0666);	/* everyone may log */
	int lfd = ring ? listen_ring() : -1;
	for (size_t i = 0; i < ndests; i++)
		if (dests[i].remote)
			resolve_remote(&dests[i]);


	if (!fg && daemon(0, 0) < 0)
		die_errno("daemon");
	for (size_t i = 0; i < ndests; i++)
		if (dests[i].path)
			open_log(&dests[i]);

	static char buf[MAX_MSG + 1];
	struct pollfd pfd[3 + MAX_CLIENTS];
	for (;;) {
		int n = 0;
		pfd[n++] = (struct pollfd){ .fd = sfd, .events = POLLIN };
		pfd[n++] = (struct pollfd){ .fd = sigfd, .events = POLLIN };
		pfd[n++] = (struct pollfd){ .fd = lfd, .events = POLLIN };
		for (int i = 0; i < nclients; i++)
			pfd[n++] = (struct pollfd){ .fd = clients[i].fd,
				.events = POLLIN | (clients[i].len > clients[i].off ? POLLOUT : 0) };
		if (poll(pfd, n, -1) < 0) {
			if (errno == EINTR)
				continue;
			die_errno("poll");
		}
		if (pfd[1].revents) {
			struct signalfd_siginfo si;
			while (read(sigfd, &si, sizeof si) == sizeof si) {
				if (si.ssi_signo == SIGHUP) {
					/* syslog.conf read again (the old one kept if the new
					 * is wrong), files reopened */
					struct dest *nd;
					size_t nn;
					set_host();
					if (!load_dests(&nd, &nn)) {
						free_dests(dests, ndests);
						dests = nd;
						ndests = nn;
					}
					for (size_t i = 0; i < ndests; i++)
						if (dests[i].path) {
							close_log(&dests[i]);
							open_log(&dests[i]);
						}
				} else {
					free_dests(dests, ndests);
					unlink(sock_path);
					return 0;
				}
			}
		}
		/* drain the socket, a bounded batch at a time so readers get their turn */
		for (int k = 0; k < 256 && pfd[0].revents; k++) {
			ssize_t got = recv(sfd, buf, MAX_MSG, MSG_DONTWAIT);
			if (got < 0)
				break;
			handle(buf, got);
		}
		/* clients: indexes shift as they leave, so match by descriptor */
		for (int j = 3; j < n; j++) {
			if (!pfd[j].revents)
				continue;
			int i = 0;
			while (i < nclients && clients[i].fd != pfd[j].fd)
				i++;
			if (i == nclients)
				continue;
			int keep = 1;
			if (pfd[j].revents & (POLLIN | POLLHUP | POLLERR))
				keep = client_read(&clients[i]);
			if (keep && clients[i].len > clients[i].off)
				keep = client_write(&clients[i]);
			if (!keep)
				drop_client(i);
		}
		for (int i = 0; i < nclients;) {
			/* new lines queued for followers, dumps done, slow readers */
			struct client *cl = &clients[i];
			if (cl->closing == 2 || (cl->len > cl->off && !client_write(cl)) ||
			    (cl->closing == 1 && cl->len == cl->off))
				drop_client(i);
			else
				i++;
		}
		if (lfd >= 0 && pfd[2].revents)
			accept_client(lfd);
	}
}
