/* mkpasswd - hash a password for /etc/shadow
 *
 * APPLET(mkpasswd, USR_BIN)
 * APPLET(cryptpw, USR_BIN, mkpasswd_main)
 * usage: mkpasswd [-m METHOD] [-S SALT] [-R ROUNDS] [-P FD | -s] [PASSWORD [SALT]]
 *
 * Print the crypt(3) hash of PASSWORD, as /etc/shadow holds it. Without PASSWORD it
 * is asked for on a terminal (echo off) or read as one line from standard input.
 *
 * -m, --method=METHOD  sha512 (default, $6$), sha256 ($5$) or md5 ($1$); "help" lists them
 * -S, --salt=SALT      use SALT ([./0-9A-Za-z], up to 16 characters; 8 for md5)
 *                      instead of a random one
 * -R, --rounds=N       SHA rounds (1000 to 999999999; default 5000)
 * -P, --password-fd=FD read the password from file descriptor FD
 * -s, --stdin          read the password from standard input even on a terminal
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

/* One line from fd, byte by byte so nothing after it is consumed. */
static char *read_line_fd(int fd)
{
	size_t len = 0, cap = 128;
	char *s = xmalloc(cap), c;
	ssize_t n;
	while ((n = safe_read(fd, &c, 1)) == 1 && c != '\n') {
		if (len + 1 == cap)
			s = xrealloc(s, cap *= 2);
		s[len++] = c;
	}
	if (n < 0 || (n == 0 && !len)) {
		if (n < 0)
			warn_errno("read error");
		free(s);
		return 0;
	}
	if (len && s[len - 1] == '\r')
		len--;
	s[len] = 0;
	return s;
}

int mkpasswd_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "m(method):S(salt):R(rounds):P(password-fd):s(stdin)");
	const char *method = 0, *salt = 0;
	unsigned long rounds = 0;
	int fd = -1, c;
	char *end, *pass;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'm':
			method = o.arg;
			break;
		case 'S':
			salt = o.arg;
			break;
		case 'R':
			errno = 0;
			rounds = strtoul(o.arg, &end, 10);
			if (!*o.arg || *end || errno || o.arg[0] == '-') {
				warn_msg("invalid rounds '%s'", o.arg);
				return 1;
			}
			break;
		case 'P':
			errno = 0;
			long v = strtol(o.arg, &end, 10);
			if (!*o.arg || *end || errno || v < 0 || v > 1 << 20) {
				warn_msg("invalid file descriptor '%s'", o.arg);
				return 1;
			}
			fd = (int)v;
			break;
		case 's':
			fd = 0;
			break;
		default:
			return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (method && !strcmp(method, "help")) {
		printf("Available methods: %s\n", pw_method_list());
		return 0;
	}
	if (argc > 2) {
		warn_msg("extra operand '%s'", argv[2]);
		return usage();
	}
	if (argc == 2) {
		if (salt) {
			warn_msg("salt given twice");
			return usage();
		}
		salt = argv[1];
	}
	if (!pw_method_prefix(method)) {
		warn_msg("unknown method '%s' (try -m help)", method);
		return 1;
	}
	if (argc >= 1) {
		if (fd >= 0) {
			warn_msg("PASSWORD given with -P or -s");
			return usage();
		}
		pass = xstrdup(argv[0]);
	} else if (fd > 0 || !isatty(0)) {
		pass = read_line_fd(fd > 0 ? fd : 0);
	} else {
		pass = pw_ask("Password: ");
	}
	if (!pass) {
		warn_msg("no password given");
		return 1;
	}
	char *h = pw_hash(pass, method, salt, rounds);
	pw_free(pass);
	if (!h)
		return 1;
	puts(h);
	return 0;
}
