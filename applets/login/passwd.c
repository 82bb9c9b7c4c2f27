/* passwd - change a user's password
 *
 * APPLET(passwd, USR_BIN)
 * usage: passwd [-a METHOD] [-d | -l | -u | -S] [-R DIR] [USER]
 *
 * Change USER's password (default: your own). Others are asked for their current
 * password first; root may change anyone's without it. The new password is asked
 * twice (echo off on a terminal, else read as lines from standard input), hashed with
 * a random salt and stored in /etc/shadow (in /etc/passwd if there is no shadow file)
 * with today as the date of the last change.
 *
 * -a METHOD   sha512 (default, or login.defs ENCRYPT_METHOD), sha256 or md5
 * -d          delete the password: the account needs none (root only)
 * -l          lock the password by putting "!" in front of it (root only)
 * -u          unlock it: remove that "!" (root only)
 * -S          show the status: NAME L|NP|P LASTCHANGE MIN MAX WARN INACTIVE
 * -R DIR      work on DIR/etc/passwd, DIR/etc/shadow (not when run setuid)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

static int show_status(const struct pwdb *pw, const struct pwdb *sp, const char *user)
{
	char *hash = pwdb_get_hash(pw, sp, user), *f[9], *s = 0, date[32] = "never";
	ssize_t j = sp->exists ? pwdb_find(sp, user) : -1;
	const char *st = hash[0] == '!' || hash[0] == '*' ? "L" : hash[0] ? "P" : "NP";
	if (j >= 0) {
		s = xstrdup(sp->line[j]);
		pwdb_split(s, f, 9);
		char *end;
		long d = strtol(f[2], &end, 10);
		if (*f[2] && !*end && d >= 0) {
			time_t t = (time_t)d * 86400;
			struct tm tm;
			strftime(date, sizeof date, "%Y-%m-%d", gmtime_r(&t, &tm));
		}
	} else {
		for (int i = 0; i < 9; i++)
			f[i] = "";
	}
	printf("%s %s %s %s %s %s %s\n", user, st, date, *f[3] ? f[3] : "-1", *f[4] ? f[4] : "-1",
		*f[5] ? f[5] : "-1", *f[6] ? f[6] : "-1");
	free(s);
	free(hash);
	return 0;
}

/* Ask for the new password twice; NULL (warned) if it was not given the same twice. */
static char *ask_new(void)
{
	char *a = pw_ask("New password: "), *b;
	if (!a) {
		warn_msg("no password given");
		return 0;
	}
	if (!*a) {
		warn_msg("empty password (passwd -d removes the password)");
		pw_free(a);
		return 0;
	}
	b = pw_ask("Retype new password: ");
	if (!b || strcmp(a, b)) {
		warn_msg("passwords do not match");
		pw_free(a);
		pw_free(b);
		return 0;
	}
	pw_free(b);
	return a;
}

int passwd_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "a(algorithm):dluSR(root):");
	const char *method = 0, *root = 0;
	int action = 0, c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'a':
			method = o.arg;
			break;
		case 'R':
			root = o.arg;
			break;
		case 'd': case 'l': case 'u': case 'S':
			if (action && action != c) {
				warn_msg("-%c and -%c do not go together", action, c);
				return usage();
			}
			action = c;
			break;
		default:
			return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc > 1) {
		warn_msg("extra operand '%s'", argv[1]);
		return usage();
	}
	if (root && getuid() != geteuid())
		die("-R is not allowed when running setuid");
	if (method && !pw_method_prefix(method))
		die("unknown method '%s'", method);
	char *defmethod = method ? 0 : login_def(root, "ENCRYPT_METHOD");
	if (defmethod && pw_method_prefix(defmethod))
		method = defmethod;

	uid_t me = getuid();
	struct pwdb pw, sp;
	if (pwdb_load(&pw, root, "etc/passwd") < 0 || pwdb_load(&sp, root, "etc/shadow") < 0)
		return 1;
	char *user, *f[7], *line;
	ssize_t i;
	if (argc) {
		user = argv[0];
		if ((i = pwdb_find(&pw, user)) < 0)
			die("user '%s' does not exist", user);
	} else {
		if ((i = pwdb_find_id(&pw, me)) < 0)
			die("cannot find your user name (uid %lu)", (unsigned long)me);
		line = xstrdup(pw.line[i]);
		pwdb_split(line, f, 2);
		user = line;	/* kept: the name is its first field */
	}
	line = xstrdup(pw.line[i]);
	pwdb_split(line, f, 7);
	if (me != 0 && (strtoul(f[2], 0, 10) != me || !*f[2]))
		die("you may not change the password of '%s'", user);
	if (me != 0 && action && action != 'S')
		die("only root may use -%c", action);
	free(line);
	if (action == 'S')
		return show_status(&pw, &sp, user);

	char *old = pwdb_get_hash(&pw, &sp, user), *hash;
	char *pass = 0;
	switch (action) {
	case 'd':
		hash = xstrdup("");
		break;
	case 'l':
		hash = xmalloc(strlen(old) + 2);
		sprintf(hash, "%s%s", old[0] == '!' ? "" : "!", old);
		break;
	case 'u':
		if (old[0] != '!') {
			warn_msg("password of '%s' is not locked", user);
			return 1;
		}
		if (!old[1]) {
			warn_msg("unlocking would leave '%s' without a password (use -d for that)", user);
			return 1;
		}
		hash = xstrdup(old + 1);
		break;
	default:
		if (me != 0 && *old) {
			char *cur = pw_ask("Current password: ");
			int ok = cur && pw_verify(cur, old);
			pw_free(cur);
			if (!ok) {
				sleep((unsigned)login_def_num(root, "FAIL_DELAY", 3));
				warn_msg("authentication failure");
				return 1;
			}
		}
		if (!(pass = ask_new()))
			return 1;
		if (!(hash = pw_hash(pass, method, 0, 0)))
			return 1;
		hash = xstrdup(hash);
		pw_free(pass);
	}
	free(old);
	free(defmethod);

	/* Re-read under the lock: someone may have written in the meantime. */
	pwdb_free(&pw);
	pwdb_free(&sp);
	if (pwdb_lock(root) < 0)
		return 1;
	if (pwdb_load(&pw, root, "etc/passwd") < 0 || pwdb_load(&sp, root, "etc/shadow") < 0)
		return 1;
	if (pwdb_set_hash(&pw, &sp, user, hash) < 0)
		die("user '%s' does not exist", user);
	if ((sp.exists && pwdb_save(&sp, 0600)) || pwdb_save(&pw, 0644))
		return 1;
	pwdb_unlock();
	explicit_bzero(hash, strlen(hash));
	free(hash);
	if (!action)
		warn_msg("password for %s changed", user);
	return 0;
}
