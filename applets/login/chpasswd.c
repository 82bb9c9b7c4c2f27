/* chpasswd - set passwords in bulk
 *
 * APPLET(chpasswd, USR_SBIN)
 * usage: chpasswd [-e] [-m | -c METHOD] [-R DIR]
 *
 * Read lines USER:PASSWORD from standard input and set each USER's password, hashed
 * with a random salt (the password may itself contain ':'). All lines are checked
 * first: on any error nothing is changed.
 *
 * -e, --encrypted       the passwords are already hashed: store them as they are
 * -m, --md5             hash with md5 (same as -c md5)
 * -c, --crypt-method=M  sha512 (default, or login.defs ENCRYPT_METHOD), sha256 or md5
 * -R, --root=DIR        work on DIR/etc/passwd, DIR/etc/shadow
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

int chpasswd_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "e(encrypted)m(md5)c(crypt-method):R(root):");
	const char *method = 0, *root = 0;
	int encrypted = 0, c, bad = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'e':
			encrypted = 1;
			break;
		case 'm':
			method = "md5";
			break;
		case 'c':
			method = o.arg;
			break;
		case 'R':
			root = o.arg;
			break;
		default:
			return usage();
		}
	if (o.ind < argc) {
		warn_msg("extra operand '%s'", argv[o.ind]);
		return usage();
	}
	if (getuid() != geteuid())
		die("not meant to run setuid");
	if (method && !pw_method_prefix(method))
		die("unknown method '%s'", method);
	char *defmethod = method || encrypted ? 0 : login_def(root, "ENCRYPT_METHOD");
	if (defmethod && pw_method_prefix(defmethod))
		method = defmethod;

	struct pwdb pw, sp;
	if (pwdb_lock(root) < 0)
		return 1;
	if (pwdb_load(&pw, root, "etc/passwd") < 0 || pwdb_load(&sp, root, "etc/shadow") < 0)
		return 1;
	struct lines l;
	size_t len, lineno = 0;
	char *s;
	lines_init(&l, 0, '\n');
	while ((s = lines_next(&l, &len))) {
		lineno++;
		s[len] = 0;
		if (len && s[len - 1] == '\r')
			s[--len] = 0;
		char *colon = strchr(s, ':'), *hash;
		if (!len)
			continue;
		if (!colon) {
			warn_msg("line %zu: missing new password", lineno);
			bad = 1;
			continue;
		}
		*colon++ = 0;
		if (memchr(colon, 0, s + len - colon)) {
			warn_msg("line %zu: NUL byte", lineno);
			bad = 1;
			continue;
		}
		if (pwdb_find(&pw, s) < 0) {
			warn_msg("line %zu: user '%s' does not exist", lineno, s);
			bad = 1;
			continue;
		}
		if (encrypted) {
			if (strchr(colon, ':')) {
				warn_msg("line %zu: a hashed password cannot hold ':'", lineno);
				bad = 1;
				continue;
			}
			hash = colon;
		} else if (!(hash = pw_hash(colon, method, 0, 0))) {
			bad = 1;
			continue;
		}
		pwdb_set_hash(&pw, &sp, s, hash);
		explicit_bzero(colon, strlen(colon));
	}
	if (l.err) {
		warn_errno("read error");
		bad = 1;
	}
	explicit_bzero(l.buf, l.cap);	/* it held the passwords */
	lines_free(&l);
	if (bad) {
		warn_msg("error detected, changes ignored");
		return 1;
	}
	if ((sp.exists && pwdb_save(&sp, 0600)) || pwdb_save(&pw, 0644))
		return 1;
	pwdb_unlock();
	free(defmethod);
	return 0;
}
