/* Passwords: hashing with a fresh salt, checking in constant time, asking with the
 * echo off. Shared by login, su, passwd, chpasswd, adduser and mkpasswd. */
#include <crypt.h>
#include <errno.h>
#include <shadow.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <termios.h>
#include <unistd.h>
#include "ring3.h"

static const struct {
	const char *name, *alias, *prefix;
	int saltlen;
} methods[] = {
	{ "sha512", "sha-512", "$6$", 16 },
	{ "sha256", "sha-256", "$5$", 16 },
	{ "md5", "md5crypt", "$1$", 8 },
};

const char *pw_method_prefix(const char *method)
{
	if (!method || !*method)
		return "$6$";
	for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
		if (!strcasecmp(method, methods[i].name) || !strcasecmp(method, methods[i].alias) ||
		    (method[0] == methods[i].prefix[1] && !method[1]))
			return methods[i].prefix;
	return 0;
}

const char *pw_method_list(void)
{
	return "sha512 (default, $6$), sha256 ($5$), md5 ($1$)";
}

static const char b64[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

char *pw_hash(const char *pass, const char *method, const char *salt, unsigned long rounds)
{
	const char *prefix = pw_method_prefix(method);
	char setting[128], rnd[17];
	size_t saltlen = 16;
	if (!prefix) {
		warn_msg("unknown method '%s'", method);
		return 0;
	}
	if (prefix[1] == '1') {
		saltlen = 8;
		if (rounds) {
			warn_msg("md5 takes no rounds");
			return 0;
		}
	}
	if (rounds && (rounds < 1000 || rounds > 999999999)) {
		warn_msg("rounds must be between 1000 and 999999999");
		return 0;
	}
	if (salt) {
		size_t n = strlen(salt);
		if (!n || n > saltlen || strspn(salt, b64) != n) {
			warn_msg("invalid salt '%s': 1 to %zu characters of [./0-9A-Za-z]", salt, saltlen);
			return 0;
		}
	} else {
		unsigned char r[16];
		size_t got = 0;
		while (got < saltlen) {
			ssize_t k = getrandom(r + got, saltlen - got, 0);
			if (k < 0 && errno != EINTR) {
				warn_errno("getrandom");
				return 0;
			}
			if (k > 0)
				got += k;
		}
		for (size_t i = 0; i < saltlen; i++)
			rnd[i] = b64[r[i] & 63];
		explicit_bzero(r, sizeof r);
		rnd[saltlen] = 0;
		salt = rnd;
	}
	char *p = stpcpy(setting, prefix);
	if (rounds)
		p += snprintf(p, 32, "rounds=%lu$", rounds);
	strcpy(p, salt);
	errno = 0;
	char *h = crypt(pass, setting);
	if (!h || h[0] != '$') {
		warn_msg("cannot hash the password with %s", prefix);
		return 0;
	}
	return h;
}

int pw_verify(const char *pass, const char *hash)
{
	/* A locked or impossible field ("!", "*", "x", "") never matches here: the callers
	 * decide about empty ones. crypt never returns a string starting with "!". */
	if (!hash || !*hash || hash[0] == '!' || hash[0] == '*')
		return 0;
	const char *h = crypt(pass, hash);
	if (!h)
		return 0;
	/* Constant time over the stored hash: no early exit on the first difference. */
	size_t n = strlen(hash), m = strlen(h);
	unsigned char diff = n != m;
	for (size_t i = 0; i < n; i++)
		diff |= (unsigned char)hash[i] ^ (unsigned char)(i < m ? h[i] : 0);
	return diff == 0;
}

void pw_burn(const char *hash_like)
{
	/* Spend the time a real check would, so an unknown user is not told apart. */
	crypt("x", hash_like && hash_like[0] == '$' ? hash_like : "$6$aaaaaaaaaaaaaaaa");
}

static volatile sig_atomic_t caught;

static void on_signal(int sig)
{
	caught = sig;
}

char *pw_ask(const char *prompt)
{
	enum { MAX = 1024 };
	char *buf = xmalloc(MAX + 1);
	struct termios old, t;
	int tty = tcgetattr(0, &old) == 0, sigs[] = { SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP };
	struct sigaction sa = { .sa_handler = on_signal }, saved[5];
	size_t len = 0;
	int ok = 0, over = 0;
	if (tty) {
		/* Catch the usual signals so the echo comes back before we die of them. */
		caught = 0;
		for (int i = 0; i < 5; i++)
			sigaction(sigs[i], &sa, &saved[i]);
		t = old;
		t.c_lflag &= ~(ECHO | ECHOE | ECHOK);
		t.c_lflag |= ICANON | ECHONL;
		tcsetattr(0, TCSAFLUSH, &t);
		write_str(2, prompt);
	}
	for (;;) {
		char c;
		ssize_t n = read(0, &c, 1);
		if (n < 0 && errno == EINTR && !caught)
			continue;
		if (n <= 0)
			break;
		if (c == '\n') {
			ok = 1;
			break;
		}
		if (len < MAX)
			buf[len++] = c;
		else
			over = 1;
	}
	if (tty) {
		tcsetattr(0, TCSANOW, &old);	/* keep what was typed after the line */
		for (int i = 0; i < 5; i++)
			sigaction(sigs[i], &saved[i], 0);
		if (caught) {
			explicit_bzero(buf, MAX);
			raise(caught);
		}
	}
	if (len && buf[len - 1] == '\r')
		len--;
	buf[len] = 0;
	if (!ok && len)
		ok = 1;	/* a last line without a newline */
	if (over) {
		warn_msg("password too long (over %d bytes)", MAX);
		ok = 0;
	}
	if (!ok) {
		explicit_bzero(buf, MAX);
		free(buf);
		return 0;
	}
	return buf;
}

void pw_free(char *s)
{
	if (s) {
		explicit_bzero(s, strlen(s));
		free(s);
	}
}

const char *pw_account_hash(const char *name, const char *field, int *expired)
{
	*expired = 0;
	if (strcmp(field, "x"))
		return field;
	struct spwd *sp = getspnam(name);
	if (!sp)
		return "!";
	/* sp_expire: the day the account stops working (days since 1970). */
	if (sp->sp_expire > 0 && pwdb_today() >= sp->sp_expire)
		*expired = 1;
	return sp->sp_pwdp;
}
