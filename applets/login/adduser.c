/* adduser - create a user, or add a user to a group
 *
 * APPLET(adduser, USR_SBIN)
 * usage: adduser [-SDH] [-h DIR] [-g GECOS] [-s SHELL] [-G GROUP] [-u UID] [-k SKEL] [-R DIR] USER [GROUP]
 *
 * Create USER: a line in /etc/passwd and /etc/shadow, a group of the same name
 * (unless -G), a home directory filled from /etc/skel, then ask for the password
 * (unless -D). With two operands, add the existing USER to the existing GROUP.
 * Ids are the lowest free ones in UID_MIN..UID_MAX (1000..60000), or in
 * SYS_UID_MIN..SYS_UID_MAX (100..999) for system users; the same for gids
 * (GID_MIN ... in /etc/login.defs); a new group takes the uid as gid when it is free.
 *
 * -h DIR     home directory (default /home/USER)
 * -g GECOS   the comment field (full name)
 * -s SHELL   login shell (default /bin/sh)
 * -G GROUP   primary group (an existing name or gid) instead of a new one
 * -S         system user: system id range, no password asked
 * -D         do not ask for a password: the account stays locked
 * -H         do not create the home directory
 * -u UID     user id
 * -k SKEL    copy this directory into the new home (default /etc/skel)
 * -R DIR     work on DIR/etc/passwd ... and create the home under DIR
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

/* Copy the directory sfd into dfd, everything owned by uid:gid; symlinks stay links. */
static int copy_tree(int sfd, int dfd, const char *name, uid_t uid, gid_t gid)
{
	DIR *d = fdopendir(sfd);
	struct dirent *e;
	int ret = 0;
	if (!d) {
		warn_errno("%s", name);
		close(sfd);
		return -1;
	}
	while ((errno = 0, e = readdir(d))) {
		const char *n = e->d_name;
		struct stat st;
		if (!strcmp(n, ".") || !strcmp(n, ".."))
			continue;
		if (fstatat(sfd, n, &st, AT_SYMLINK_NOFOLLOW) < 0) {
			warn_errno("%s/%s", name, n);
			ret = -1;
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			int s2, d2;
			if (mkdirat(dfd, n, 0700) < 0 ||
			    (d2 = openat(dfd, n, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0) {
				warn_errno("cannot create %s", n);
				ret = -1;
				continue;
			}
			if ((s2 = openat(sfd, n, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0) {
				warn_errno("%s/%s", name, n);
				ret = -1;
			} else if (copy_tree(s2, d2, n, uid, gid) < 0) {
				ret = -1;
			}
			if (fchown(d2, uid, gid) < 0 || fchmod(d2, st.st_mode & 07777) < 0)
				ret = -1;
			close(d2);
		} else if (S_ISREG(st.st_mode)) {
			int in = openat(sfd, n, O_RDONLY | O_NOFOLLOW | O_CLOEXEC), out, which;
			if (in < 0) {
				warn_errno("%s/%s", name, n);
				ret = -1;
				continue;
			}
			out = openat(dfd, n, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
			if (out < 0 || copy_fd(in, out, &which) < 0 || fchown(out, uid, gid) < 0 ||
			    fchmod(out, st.st_mode & 07777) < 0) {
				warn_errno("cannot copy %s/%s", name, n);
				ret = -1;
			}
			if (out >= 0 && close(out) < 0)
				ret = -1;
			close(in);
		} else if (S_ISLNK(st.st_mode)) {
			char target[4096];
			ssize_t k = readlinkat(sfd, n, target, sizeof target - 1);
			if (k < 0 || (target[k] = 0, symlinkat(target, dfd, n) < 0) ||
			    fchownat(dfd, n, uid, gid, AT_SYMLINK_NOFOLLOW) < 0) {
				warn_errno("cannot copy %s/%s", name, n);
				ret = -1;
			}
		}
	}
	if (errno) {
		warn_errno("%s", name);
		ret = -1;
	}
	closedir(d);
	return ret;
}

static int make_home(const char *root, const char *home, const char *skel, uid_t uid, gid_t gid)
{
	char *path = pwdb_path(root, home);
	int dfd, ret = 0;
	if (mkdir(path, 0755) < 0) {
		int exists = errno == EEXIST;
		if (exists)
			warn_msg("%s: home directory exists: not copying %s into it", path, skel ? skel : "/etc/skel");
		else
			warn_errno("cannot create %s", path);
		free(path);
		return exists ? 0 : -1;
	}
	if ((dfd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0 || fchown(dfd, uid, gid) < 0) {
		warn_errno("%s", path);
		free(path);
		return -1;
	}
	char *spath = skel ? xstrdup(skel) : pwdb_path(root, "etc/skel");
	int sfd = open(spath, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (sfd >= 0)
		ret = copy_tree(sfd, dfd, spath, uid, gid);
	else if (skel || errno != ENOENT) {
		warn_errno("%s", spath);
		ret = -1;
	}
	close(dfd);
	free(spath);
	free(path);
	return ret;
}

static int bad_field(const char *what, const char *s)
{
	if (strpbrk(s, ":\n")) {
		warn_msg("invalid %s '%s': ':' and newlines are not allowed", what, s);
		return 1;
	}
	return 0;
}

static int add_to_group(const char *root, const char *user, const char *group)
{
	struct pwdb pw, gr, gs;
	ssize_t i;
	int ret = 0;
	if (pwdb_lock(root) < 0 || pwdb_load(&pw, root, "etc/passwd") < 0 ||
	    pwdb_load(&gr, root, "etc/group") < 0 || pwdb_load(&gs, root, "etc/gshadow") < 0)
		return 1;
	if (pwdb_find(&pw, user) < 0)
		die("user '%s' does not exist", user);
	if ((i = pwdb_find(&gr, group)) < 0)
		die("group '%s' does not exist", group);
	if (!pwdb_member_add(&gr, i, user))
		warn_msg("'%s' is already a member of '%s'", user, group);
	else if (pwdb_save(&gr, 0644) < 0)
		ret = 1;
	if (!ret && (i = pwdb_find(&gs, group)) >= 0 && pwdb_member_add(&gs, i, user) && pwdb_save(&gs, 0640) < 0)
		ret = 1;
	pwdb_unlock();
	return ret;
}

int adduser_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "h(home):g(gecos):s(shell):G(ingroup):SDHu(uid):k(skel):R(root):");
	const char *home = 0, *gecos = "", *shell = "/bin/sh", *group = 0, *skel = 0, *root = 0;
	int sys = 0, nopass = 0, nohome = 0, c;
	long uid = -1;
	char *end;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'h': home = o.arg; break;
		case 'g': gecos = o.arg; break;
		case 's': shell = o.arg; break;
		case 'G': group = o.arg; break;
		case 'S': sys = nopass = 1; break;
		case 'D': nopass = 1; break;
		case 'H': nohome = 1; break;
		case 'k': skel = o.arg; break;
		case 'R': root = o.arg; break;
		case 'u':
			errno = 0;
			uid = strtol(o.arg, &end, 10);
			if (!*o.arg || *end || errno || uid < 0 || uid > 0x7fffffff) {
				warn_msg("invalid user id '%s'", o.arg);
				return 1;
			}
			break;
		default:
			return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc < 1 || argc > 2) {
		if (argc)
			warn_msg("extra operand '%s'", argv[2]);
		return usage();
	}
	if (getuid() != geteuid())
		die("not meant to run setuid");
	const char *user = argv[0];
	if (argc == 2)
		return add_to_group(root, user, argv[1]);
	if (!pwdb_valid_name(user))
		die("invalid user name '%s'", user);
	if (bad_field("comment", gecos) || bad_field("shell", shell) || (home && bad_field("home", home)))
		return 1;
	char *dflthome = 0;
	if (!home) {
		dflthome = xmalloc(strlen(user) + 7);
		sprintf(dflthome, "/home/%s", user);
		home = dflthome;
	}

	struct pwdb pw, sp, gr, gs;
	if (pwdb_lock(root) < 0 || pwdb_load(&pw, root, "etc/passwd") < 0 || pwdb_load(&sp, root, "etc/shadow") < 0 ||
	    pwdb_load(&gr, root, "etc/group") < 0 || pwdb_load(&gs, root, "etc/gshadow") < 0)
		return 1;
	if (pwdb_find(&pw, user) >= 0)
		die("user '%s' in use", user);
	long lo = login_def_num(root, sys ? "SYS_UID_MIN" : "UID_MIN", sys ? 100 : 1000);
	long hi = login_def_num(root, sys ? "SYS_UID_MAX" : "UID_MAX", sys ? 999 : 60000);
	if (uid >= 0) {
		if (pwdb_find_id(&pw, uid) >= 0)
			die("uid %ld in use", uid);
	} else if ((uid = pwdb_free_id(&pw, lo, hi, -1)) < 0) {
		die("no free user id in %ld..%ld", lo, hi);
	}
	long gid;
	char num[3][24], *f[9];
	ssize_t gi;
	if (group) {
		gi = pwdb_find(&gr, group);
		if (gi < 0 && (gid = strtol(group, &end, 10), *group && !*end && gid >= 0))
			gi = pwdb_find_id(&gr, gid);
		if (gi < 0)
			die("group '%s' does not exist", group);
		char *s = xstrdup(gr.line[gi]);
		pwdb_split(s, f, 4);
		gid = strtol(f[2], 0, 10);
		free(s);
	} else {
		if (pwdb_find(&gr, user) >= 0)
			die("group '%s' in use (use -G to make it the primary group)", user);
		lo = login_def_num(root, sys ? "SYS_GID_MIN" : "GID_MIN", sys ? 100 : 1000);
		hi = login_def_num(root, sys ? "SYS_GID_MAX" : "GID_MAX", sys ? 999 : 60000);
		if (pwdb_find_id(&gr, uid) < 0)
			gid = uid;
		else if ((gid = pwdb_free_id(&gr, lo, hi, -1)) < 0)
			die("no free group id in %ld..%ld", lo, hi);
		snprintf(num[0], sizeof num[0], "%ld", gid);
		char *g[4] = { (char *)user, "x", num[0], "" };
		pwdb_set(&gr, -1, pwdb_join(g, 4));
		if (gs.exists) {
			char *g2[4] = { (char *)user, "!", "", "" };
			pwdb_set(&gs, -1, pwdb_join(g2, 4));
		}
	}
	snprintf(num[1], sizeof num[1], "%ld", uid);
	snprintf(num[2], sizeof num[2], "%ld", gid);
	snprintf(num[0], sizeof num[0], "%ld", pwdb_today());
	char *p[7] = { (char *)user, sp.exists ? "x" : "!", num[1], num[2], (char *)gecos, (char *)home, (char *)shell };
	pwdb_set(&pw, -1, pwdb_join(p, 7));
	if (sp.exists) {
		char *s[9] = { (char *)user, "!", num[0], "0", "99999", "7", "", "", "" };
		pwdb_set(&sp, -1, pwdb_join(s, 9));
	}
	/* passwd last: the user appears once the rest is in place. */
	if ((!group && pwdb_save(&gr, 0644) < 0) || (!group && gs.exists && pwdb_save(&gs, 0640) < 0) ||
	    (sp.exists && pwdb_save(&sp, 0640) < 0) || pwdb_save(&pw, 0644) < 0)
		return 1;
	pwdb_unlock();
	int ret = 0;
	if (!nohome && make_home(root, home, skel, uid, gid) < 0)
		ret = 1;
	if (!nopass) {
		char *method = login_def(root, "ENCRYPT_METHOD");
		if (method && !pw_method_prefix(method)) {
			free(method);	/* one crypt here lacks (yescrypt): the default then */
			method = 0;
		}
		char *a = pw_ask("New password: "), *b = a && *a ? pw_ask("Retype new password: ") : 0, *h = 0;
		if (!a || !*a)
			warn_msg("no password given");
		else if (!b || strcmp(a, b))
			warn_msg("passwords do not match");
		else
			h = pw_hash(a, method, 0, 0);
		pw_free(a);
		pw_free(b);
		if (h) {
			h = xstrdup(h);
			pwdb_free(&pw);
			pwdb_free(&sp);
			if (pwdb_lock(root) < 0 || pwdb_load(&pw, root, "etc/passwd") < 0 ||
			    pwdb_load(&sp, root, "etc/shadow") < 0 || pwdb_set_hash(&pw, &sp, user, h) < 0 ||
			    (sp.exists && pwdb_save(&sp, 0640) < 0) || pwdb_save(&pw, 0644) < 0)
				h = 0;
			pwdb_unlock();
		}
		if (!h) {
			warn_msg("password of '%s' not set: the account is locked", user);
			ret = 1;
		}
		free(method);
	}
	free(dflthome);
	return ret;
}
