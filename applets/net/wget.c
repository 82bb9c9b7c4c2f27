/* wget - download files over HTTP
 *
 * APPLET(wget, USR_BIN)
 * usage: wget [-qcS] [-O FILE] [-T SEC] [-t N] [-U AGENT] [--header H]... [--spider]
 *        [--post-data DATA] [--user U] [--password P] [-Y on|off] URL...
 *
 * Fetch each URL with HTTP/1.1 (GET, HEAD with --spider, POST with --post-data),
 * following up to 20 redirects, and save it under the last part of its path
 * (index.html for a directory). Bodies may be chunked or carry a Content-Length. A
 * progress bar goes to standard error when it is a terminal. There is no TLS:
 * https:// URLs are refused (so https_proxy is never used).
 *
 * Credentials in the URL (http://user:pass@host/, %XX decoded) or from --user and
 * --password go out as HTTP Basic authentication, only to the URL's own host and
 * port: not to another host a redirect leads to. $http_proxy (or $HTTP_PROXY),
 * http://[user:pass@]host[:port], carries the requests unless the host ends with
 * one of the comma-separated suffixes in $no_proxy (or $NO_PROXY; * is every host).
 *
 * -O FILE          write to FILE (- is standard output) (--output-document)
 * -q               no messages (--quiet)
 * -c               continue a partial download with a Range request (--continue)
 * -S               print the server's response headers (--server-response)
 * -T SEC           give up on a connection silent for SEC seconds (--timeout)
 * -t N             try N times when the network fails (--tries)
 * -U AGENT         User-Agent header (--user-agent)
 * --header H       add header H ("Name: value")
 * --spider         only check that the URL exists
 * --post-data D    send D with POST
 * --user U         user name for HTTP authentication (--http-user)
 * --password P     password for HTTP authentication (--http-password)
 * -Y on|off        use a proxy from the environment or not (--proxy; --no-proxy: off)
 *
 * Exit status: 0 success, 1 generic error, 3 file error, 4 network failure, 8 the
 * server answered with an error status.
 */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include "ring3.h"

enum { E_GENERIC = 1, E_FILE = 3, E_NET = 4, E_SERVER = 8 };

static int quiet, cont, spider, show_headers, timeout_s = 900, tries = 1;
static const char *outname, *agent = "Wget (ring3)", *post, *opt_user, *opt_pass;
static int use_proxy = 1;
static const char **headers;
static size_t nheaders;
static int out_fd = -1, out_is_stdout;

struct url {
	char host[256], port[8], path[4096], hostport[300], user[256], pass[256];
	int has_user;
};

static int hexval(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
	       c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Copy s[0..n) into out with %XX decoded; -1 if it does not fit. */
static int pct_decode(char *out, size_t max, const char *s, size_t n)
{
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		if (o + 1 >= max)
			return -1;
		if (s[i] == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
			out[o++] = hexval(s[i + 1]) * 16 + hexval(s[i + 2]);
			i += 2;
		} else
			out[o++] = s[i];
	}
	out[o] = 0;
	return 0;
}

/* http://host[:port][/path]; 0 or an exit status after a message */
static int parse_url(const char *s, struct url *u)
{
	if (!strncasecmp(s, "https://", 8)) {
		warn_msg("%s: HTTPS is not supported (ring3 has no TLS)", s);
		return E_GENERIC;
	}
	const char *p = s;
	if (!strncasecmp(p, "http://", 7))
		p += 7;
	else if (strstr(p, "://")) {
		warn_msg("%s: unsupported scheme", s);
		return E_GENERIC;
	}
	const char *at = p + strcspn(p, "/?#");
	/* the last @ ends user:password, which may itself hold an unescaped @ */
	const char *cred = 0;
	for (const char *q = p; q < at; q++)
		if (*q == '@')
			cred = q;
	u->has_user = cred != 0;
	u->user[0] = u->pass[0] = 0;
	if (cred) {
		const char *c = memchr(p, ':', cred - p);
		if (pct_decode(u->user, sizeof u->user, p, (c ? c : cred) - p) < 0 ||
		    (c && pct_decode(u->pass, sizeof u->pass, c + 1, cred - c - 1) < 0))
			goto bad;
		p = cred + 1;
	}
	const char *hend = at, *colon = 0;
	if (*p == '[') {
		const char *rb = memchr(p, ']', at - p);
		if (!rb)
			goto bad;
		colon = rb[1] == ':' ? rb + 1 : 0;
		if ((size_t)(rb - p - 1) >= sizeof u->host)
			goto bad;
		memcpy(u->host, p + 1, rb - p - 1);
		u->host[rb - p - 1] = 0;
	} else {
		colon = memchr(p, ':', at - p);
		hend = colon ? colon : at;
		if (hend == p || (size_t)(hend - p) >= sizeof u->host)
			goto bad;
		memcpy(u->host, p, hend - p);
		u->host[hend - p] = 0;
	}
	strcpy(u->port, "80");
	if (colon) {
		size_t n = at - colon - 1;
		if (!n || n >= sizeof u->port || strspn(colon + 1, "0123456789") < n)
			goto bad;
		memcpy(u->port, colon + 1, n);
		u->port[n] = 0;
		if (atoi(u->port) < 1 || atoi(u->port) > 65535)
			goto bad;
	}
	const char *path = *at == '/' ? at : 0;
	size_t pl = path ? strcspn(path, "#") : 0;
	if (pl + 2 >= sizeof u->path)
		goto bad;
	if (path)
		memcpy(u->path, path, pl);
	else {
		u->path[0] = '/';
		pl = 1;
		if (*at == '?')
			pl += snprintf(u->path + 1, sizeof u->path - 1, "%.*s", (int)strcspn(at, "#"), at);
	}
	u->path[pl] = 0;
	/* spaces and control characters would break the request line */
	for (char *c = u->path; *c; c++)
		if ((unsigned char)*c <= ' ' || *c == 0x7f)
			goto bad;
	snprintf(u->hostport, sizeof u->hostport, strchr(u->host, ':') ? "[%s]%s%s" : "%s%s%s",
		 u->host, strcmp(u->port, "80") ? ":" : "", strcmp(u->port, "80") ? u->port : "");
	return 0;
bad:
	warn_msg("%s: invalid URL", s);
	return E_GENERIC;
}

/* --- a buffered socket ------------------------------------------------------------ */

struct conn {
	int fd;
	size_t pos, len;
	char buf[16384];
};

static int wait_fd(int fd, short ev)
{
	struct pollfd p = { fd, ev, 0 };
	int r;
	while ((r = poll(&p, 1, timeout_s ? timeout_s * 1000 : -1)) < 0 && errno == EINTR)
		;
	if (r == 0)
		errno = ETIMEDOUT;
	return r > 0 ? 0 : -1;
}

/* Fill the buffer: >0 bytes, 0 at end of file, -1 on error. */
static ssize_t fill(struct conn *c)
{
	if (c->pos < c->len)
		return c->len - c->pos;
	if (wait_fd(c->fd, POLLIN) < 0)
		return -1;
	ssize_t n;
	while ((n = read(c->fd, c->buf, sizeof c->buf)) < 0 && errno == EINTR)
		;
	if (n < 0)
		return -1;
	c->pos = 0;
	c->len = n;
	return n;
}

/* One line without its CR LF; -1 on error, end of file, or a line too long. */
static int get_line(struct conn *c, char *line, size_t max)
{
	size_t n = 0;
	for (;;) {
		ssize_t r = fill(c);
		if (r <= 0) {
			if (r == 0)
				errno = ECONNRESET;
			return -1;
		}
		char ch = c->buf[c->pos++];
		if (ch == '\n')
			break;
		if (n + 1 >= max) {
			errno = EMSGSIZE;
			return -1;
		}
		line[n++] = ch;
	}
	if (n && line[n - 1] == '\r')
		n--;
	line[n] = 0;
	return 0;
}

static int dial(struct url *u)
{
	struct addrinfo hints = { 0 }, *res, *a;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICSERV;
	int e = getaddrinfo(u->host, u->port, &hints, &res);
	if (e) {
		warn_msg("%s: %s", u->host, e == EAI_SYSTEM ? strerror(errno) : gai_strerror(e));
		return -1;
	}
	int fd = -1, err = 0;
	for (a = res; a; a = a->ai_next) {
		fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol);
		if (fd < 0) {
			err = errno;
			continue;
		}
		if (connect(fd, a->ai_addr, a->ai_addrlen) == 0 ||
		    (errno == EINPROGRESS && wait_fd(fd, POLLOUT) == 0)) {
			socklen_t el = sizeof err;
			err = 0;
			getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &el);
			if (!err)
				break;
		} else
			err = errno;
		close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	if (fd < 0) {
		errno = err;
		warn_errno("%s:%s", u->host, u->port);
		return -1;
	}
	return fd;
}

static int send_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = send(fd, s, n, MSG_NOSIGNAL);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN && wait_fd(fd, POLLOUT) == 0)
				continue;
			return -1;
		}
		s += w;
		n -= w;
	}
	return 0;
}

/* Does $no_proxy exempt host? Its entries are host name suffixes that match at a
 * dot (a leading dot changes nothing); * matches every host. */
static int no_proxy_for(const char *host)
{
	const char *np = getenv("no_proxy");
	if (!np || !*np)
		np = getenv("NO_PROXY");
	if (!np)
		return 0;
	size_t hl = strlen(host);
	while (*np) {
		np += strspn(np, ", \t");
		const char *e = np;
		size_t n = strcspn(np, ", \t");
		np += n;
		if (n == 1 && *e == '*')
			return 1;
		if (n && *e == '.')
			e++, n--;
		if (n && n <= hl && !strncasecmp(host + hl - n, e, n) &&
		    (n == hl || host[hl - n - 1] == '.'))
			return 1;
	}
	return 0;
}

/* A "Name: Basic base64(user:pass)" header (RFC 7617). */
static void basic_auth(FILE *f, const char *name, const char *user, const char *pass)
{
	size_t n = strlen(user) + 1 + strlen(pass);
	char *plain = xmalloc(n + 1), *enc = xmalloc(4 * ((n + 2) / 3) + 1);
	snprintf(plain, n + 1, "%s:%s", user, pass);
	base64_encode(enc, plain, n);
	fprintf(f, "%s: Basic %s\r\n", name, enc);
	free(plain);
	free(enc);
}

/* --- progress ------------------------------------------------------------------------ */

static int bar;
static const char *bar_name;
static long long bar_total, bar_start_off;
static struct timespec bar_t0, bar_last;

static double since(struct timespec *t)
{
	struct timespec n;
	clock_gettime(CLOCK_MONOTONIC, &n);
	return (n.tv_sec - t->tv_sec) + (n.tv_nsec - t->tv_nsec) / 1e9;
}

static void progress(long long got, int done)
{
	if (!bar)
		return;
	if (!done && since(&bar_last) < 0.2)
		return;
	clock_gettime(CLOCK_MONOTONIC, &bar_last);
	double el = since(&bar_t0);
	double rate = el > 0 ? (got - bar_start_off) / el : 0;
	char sz[16], rs[16];
	human_size(sz, sizeof sz, got);
	human_size(rs, sizeof rs, (unsigned long long)rate);
	const char *name = bar_name;
	size_t nl = strlen(name);
	if (nl > 20)
		name += nl - 20;
	if (bar_total > 0) {
		int pct = got >= bar_total ? 100 : (int)(got * 100 / bar_total);
		char b[31];
		int fill_n = pct * 30 / 100;
		memset(b, ' ', 30);
		memset(b, '=', fill_n);
		if (fill_n < 30 && fill_n > 0)
			b[fill_n - 1] = '>';
		b[30] = 0;
		long eta = rate > 0 ? (long)((bar_total - got) / rate) : 0;
		fprintf(stderr, "\r%-20s %3d%% [%s] %6s %6s/s eta %lds  ", name, pct, b, sz, rs, eta);
	} else
		fprintf(stderr, "\r%-20s [ <=> ] %6s %6s/s  ", name, sz, rs);
	if (done)
		fputc('\n', stderr);
}

/* --- one transfer ------------------------------------------------------------------- */

static int write_out(const char *buf, size_t n)
{
	if (spider)
		return 0;
	if (full_write(out_fd, buf, n) < 0) {
		warn_errno("write error");
		return -1;
	}
	return 0;
}

static const char *default_name(const struct url *u)
{
	static char name[256];
	size_t pl = strcspn(u->path, "?");
	const char *p = u->path + pl;
	while (p > u->path && p[-1] != '/')
		p--;
	size_t n = u->path + pl - p;
	if (!n || n >= sizeof name)
		return "index.html";
	memcpy(name, p, n);
	name[n] = 0;
	if (!strcmp(name, ".") || !strcmp(name, ".."))
		return "index.html";
	return name;
}

/* Resolve a Location header against the current URL into buf. */
static void resolve_location(const struct url *u, const char *loc, char *buf, size_t len)
{
	if (strstr(loc, "://"))
		snprintf(buf, len, "%s", loc);
	else if (loc[0] == '/' && loc[1] == '/')
		snprintf(buf, len, "http:%s", loc);
	else if (loc[0] == '/')
		snprintf(buf, len, "http://%s:%s%s", strchr(u->host, ':') ? "" : u->host, u->port, loc);
	else {
		size_t dir = strcspn(u->path, "?");
		while (dir && u->path[dir - 1] != '/')
			dir--;
		snprintf(buf, len, "http://%s:%s%.*s%s", u->host, u->port, (int)dir, u->path, loc);
	}
	if (strchr(u->host, ':') && !strstr(loc, "://") && loc[0] == '/' && loc[1] != '/')
		snprintf(buf, len, "http://[%s]:%s%s", u->host, u->port, loc);
}

/* Returns 0, an exit status, or -1 for "retry" (network trouble). */
static int fetch(const char *url_in, int *redirects)
{
	char url[8192];
	snprintf(url, sizeof url, "%s", url_in);
	/* the credentials belong to the first URL's host and port */
	static struct url origin;
	origin.host[0] = 0;
	for (;;) {
		static struct url u, px;
		int e = parse_url(url, &u);
		if (e)
			return e;
		if (!origin.host[0]) {
			origin = u;
			if (!u.has_user && (opt_user || opt_pass)) {
				origin.has_user = 1;
				snprintf(origin.user, sizeof origin.user, "%s", opt_user ? opt_user : "");
				snprintf(origin.pass, sizeof origin.pass, "%s", opt_pass ? opt_pass : "");
			}
		}
		const struct url *cred = u.has_user ? &u :
			!strcasecmp(u.host, origin.host) && !strcmp(u.port, origin.port) &&
			origin.has_user ? &origin : 0;
		const char *ps = 0;
		if (use_proxy && !no_proxy_for(u.host)) {
			ps = getenv("http_proxy");
			if (!ps || !*ps)
				ps = getenv("HTTP_PROXY");
			if (ps && !*ps)
				ps = 0;
			if (ps && (e = parse_url(ps, &px)))
				return e;
		}
		struct url *to = ps ? &px : &u;
		long long have = 0;
		const char *name = outname ? outname : default_name(&u);
		int to_stdout = outname && !strcmp(outname, "-");
		if (cont && !to_stdout && !spider) {
			struct stat st;
			if (stat(name, &st) == 0 && S_ISREG(st.st_mode))
				have = st.st_size;
		}
		if (!quiet)
			fprintf(stderr, "Connecting to %s:%s\n", to->host, to->port);
		int fd = dial(to);
		if (fd < 0)
			return -1;
		static struct conn c;
		c.fd = fd;
		c.pos = c.len = 0;
		/* the request */
		char *req = 0;
		size_t rl = 0;
		FILE *f = open_memstream(&req, &rl);
		if (!f)
			die_errno("memory");
		/* a proxy gets the absolute URL (RFC 7230 5.3.2) */
		fprintf(f, "%s %s%s%s HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nAccept: */*\r\n"
			"Connection: close\r\n", spider ? "HEAD" : post ? "POST" : "GET",
			ps ? "http://" : "", ps ? u.hostport : "", u.path, u.hostport, agent);
		if (cred)
			basic_auth(f, "Authorization", cred->user, cred->pass);
		if (ps && px.has_user)
			basic_auth(f, "Proxy-Authorization", px.user, px.pass);
		if (have > 0)
			fprintf(f, "Range: bytes=%lld-\r\n", have);
		if (post)
			fprintf(f, "Content-Type: application/x-www-form-urlencoded\r\n"
				"Content-Length: %zu\r\n", strlen(post));
		for (size_t i = 0; i < nheaders; i++)
			fprintf(f, "%s\r\n", headers[i]);
		fputs("\r\n", f);
		if (post)
			fputs(post, f);
		fclose(f);
		if (send_all(fd, req, rl) < 0) {
			warn_errno("%s: send", u.host);
			free(req);
			close(fd);
			return -1;
		}
		free(req);
		/* the status line and headers; 1xx answers are skipped */
		char line[8192], status[8192] = "";
		int code = 0, chunked = 0, lines = 0;
		long long length = -1, range_start = -1;
		char location[4096] = "";
		for (;;) {
			if (get_line(&c, line, sizeof line) < 0) {
				warn_errno("%s: reading the response", u.host);
				close(fd);
				return -1;
			}
			if (++lines > 1000) {
				warn_msg("%s: too many header lines", u.host);
				close(fd);
				return E_GENERIC;
			}
			if (!status[0]) {
				if (strncmp(line, "HTTP/1.", 7) || strlen(line) < 12 || line[8] != ' ' ||
				    strspn(line + 9, "0123456789") != 3) {
					warn_msg("%s: not an HTTP response", u.host);
					close(fd);
					return E_GENERIC;
				}
				strcpy(status, line);
				code = atoi(line + 9);
				continue;
			}
			if (!line[0]) {
				if (code >= 100 && code < 200) {
					status[0] = 0;
					continue;
				}
				break;
			}
			if (show_headers)
				fprintf(stderr, "  %s\n", line);
			char *colon = strchr(line, ':');
			if (!colon)
				continue;
			*colon = 0;
			char *v = colon + 1;
			v += strspn(v, " \t");
			for (char *end = v + strlen(v); end > v && (end[-1] == ' ' || end[-1] == '\t');)
				*--end = 0;
			if (!strcasecmp(line, "Content-Length")) {
				char *end;
				errno = 0;
				length = strtoll(v, &end, 10);
				if (*v < '0' || *v > '9' || *end || errno || length < 0) {
					warn_msg("%s: bad Content-Length '%s'", u.host, v);
					close(fd);
					return E_GENERIC;
				}
			} else if (!strcasecmp(line, "Transfer-Encoding")) {
				chunked = strcasestr(v, "chunked") != 0;
			} else if (!strcasecmp(line, "Location")) {
				snprintf(location, sizeof location, "%s", v);
			} else if (!strcasecmp(line, "Content-Range")) {
				long long a;
				if (sscanf(v, "bytes %lld-", &a) == 1)
					range_start = a;
			}
		}
		if (show_headers)
			fprintf(stderr, "  %s\n", status);
		if (code == 301 || code == 302 || code == 303 || code == 307 || code == 308) {
			close(fd);
			if (!location[0]) {
				warn_msg("%s: redirect without Location", u.host);
				return E_SERVER;
			}
			if (++*redirects > 20) {
				warn_msg("too many redirects");
				return E_SERVER;
			}
			char next[8192];
			resolve_location(&u, location, next, sizeof next);
			if (!quiet)
				fprintf(stderr, "Redirected to %s\n", next);
			snprintf(url, sizeof url, "%s", next);
			if (code == 303 || ((code == 301 || code == 302) && post))
				post = 0;
			continue;
		}
		if (code == 416 && have > 0) {
			close(fd);
			if (!quiet)
				fprintf(stderr, "'%s' is already fully retrieved\n", name);
			return 0;
		}
		if (code >= 300) {
			close(fd);
			warn_msg("server returned error: %s", status);
			return E_SERVER;
		}
		if (spider) {
			close(fd);
			if (!quiet)
				fprintf(stderr, "Remote file exists\n");
			return 0;
		}
		/* where it goes */
		int append = code == 206 && have > 0 && range_start == have;
		if (code == 206 && !append) {
			close(fd);
			warn_msg("%s: unexpected partial content", u.host);
			return E_SERVER;
		}
		if (!append)
			have = 0;
		if (to_stdout) {
			out_fd = 1;
			out_is_stdout = 1;
		} else {
			out_fd = open(name, O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0666);
			if (out_fd < 0) {
				warn_errno("%s", name);
				close(fd);
				return E_FILE;
			}
		}
		if (!quiet && !to_stdout)
			fprintf(stderr, "Saving to '%s'\n", name);
		bar = !quiet && isatty(2);
		bar_name = name;
		bar_total = length >= 0 && !chunked ? have + length : -1;
		bar_start_off = have;
		clock_gettime(CLOCK_MONOTONIC, &bar_t0);
		bar_last.tv_sec = 0;
		long long got = have;
		int ret = 0;
		if (chunked) {
			for (;;) {
				if (get_line(&c, line, sizeof line) < 0)
					goto short_body;
				char *end;
				errno = 0;
				long long n = strtoll(line, &end, 16);
				if (end == line || errno || n < 0 || (*end && *end != ';' && *end != ' ')) {
					warn_msg("%s: bad chunk size", u.host);
					ret = E_GENERIC;
					goto done;
				}
				if (n == 0) {
					/* trailer lines up to the empty one; a missing trailer is fine */
					while (get_line(&c, line, sizeof line) == 0 && line[0])
						;
					break;
				}
				while (n > 0) {
					ssize_t r = fill(&c);
					if (r <= 0)
						goto short_body;
					size_t take = (size_t)r < (unsigned long long)n ? (size_t)r : (size_t)n;
					if (write_out(c.buf + c.pos, take) < 0) {
						ret = E_FILE;
						goto done;
					}
					c.pos += take;
					n -= take;
					got += take;
					progress(got, 0);
				}
				if (get_line(&c, line, sizeof line) < 0 || line[0]) {
					warn_msg("%s: bad chunk end", u.host);
					ret = E_GENERIC;
					goto done;
				}
			}
		} else {
			long long left = length;
			while (left != 0) {
				ssize_t r = fill(&c);
				if (r < 0)
					goto short_body;
				if (r == 0) {
					if (length >= 0)
						goto short_body;
					break;
				}
				size_t take = r;
				if (left > 0 && (unsigned long long)left < take)
					take = left;
				if (write_out(c.buf + c.pos, take) < 0) {
					ret = E_FILE;
					goto done;
				}
				c.pos += take;
				got += take;
				if (left > 0)
					left -= take;
				progress(got, 0);
			}
		}
		progress(got, 1);
		if (!quiet && !to_stdout)
			fprintf(stderr, "'%s' saved\n", name);
		goto done;
short_body:
		progress(got, 1);
		warn_msg("%s: connection closed before the end of the body%s%s", u.host,
			 errno ? ": " : "", errno ? strerror(errno) : "");
		ret = E_NET;
done:
		close(fd);
		if (!to_stdout && close(out_fd) < 0 && !ret) {
			warn_errno("%s", name);
			ret = E_FILE;
		}
		out_fd = -1;
		return ret;
	}
}

int wget_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"O(output-document):q(quiet)c(continue)S(server-response)T(timeout):t(tries):"
		"U(user-agent):\x01(header):\x02(spider)\x03(post-data):\x04(no-check-certificate)"
		"n:\x05(user)(http-user):\x06(password)(http-password):Y(proxy):\x07(no-proxy)");
	int c;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'O': outname = o.arg; break;
		case 'q': quiet = 1; break;
		case 'c': cont = 1; break;
		case 'S': show_headers = 1; break;
		case 'U': agent = o.arg; break;
		case 'T': case 't': {
			char *end;
			long v = strtol(o.arg, &end, 10);
			if (!*o.arg || *end || v < 0 || v > 1000000)
				die("invalid number '%s'", o.arg);
			if (c == 'T')
				timeout_s = v;
			else
				tries = v ? v : 1000000;
			break;
		}
		case 1:
			if (strpbrk(o.arg, "\r\n") || !strchr(o.arg, ':'))
				die("invalid header '%s'", o.arg);
			headers = xrealloc(headers, (nheaders + 1) * sizeof *headers);
			headers[nheaders++] = o.arg;
			break;
		case 2: spider = 1; break;
		case 3: post = o.arg; break;
		case 4: break;
		case 5: opt_user = o.arg; break;
		case 6: opt_pass = o.arg; break;
		case 'Y':
			if (strcmp(o.arg, "on") && strcmp(o.arg, "off"))
				die("-Y: '%s' is not on or off", o.arg);
			use_proxy = !strcmp(o.arg, "on");
			break;
		case 7: use_proxy = 0; break;
		case 'n':
			if (strcmp(o.arg, "v"))	/* -nv: not verbose */
				return usage();
			quiet = 1;
			break;
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing URL");
		return usage();
	}
	signal(SIGPIPE, SIG_IGN);
	int ret = 0;
	for (int i = 0; i < argc; i++) {
		int r = -1;
		for (int t = 0; t < tries && r < 0; t++) {
			int redirects = 0;
			r = fetch(argv[i], &redirects);
		}
		if (r < 0)
			r = E_NET;
		if (r > ret)
			ret = r;
	}
	return ret;
}
