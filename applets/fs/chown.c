/* chown, chgrp - change file owner and group
 *
 * APPLET(chown, BIN)
 * APPLET(chgrp, BIN, chown_main)
 * usage: chown [-RhcfvHLP] OWNER[:[GROUP]]|:GROUP FILE...  |  chgrp [-RhcfvHLP] GROUP FILE...
 *
 * Change the owner and/or group of each FILE. Names are looked up in the user and
 * group databases; numbers are used as they are. "OWNER:" also sets OWNER's login
 * group. Symbolic links are followed unless -h.
 *
 * -R, --recursive  change directories and their contents (symbolic links inside are
 *     left alone unless -L; -H follows those named as FILE)
 * -h, --no-dereference  change symbolic links themselves
 * -c, --changes  report changes    -v, --verbose  report every file
 * -f, --silent, --quiet  fewer error messages
 * --reference=RFILE  use RFILE's owner and group
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

static uid_t uid = (uid_t)-1;
static gid_t gid = (gid_t)-1;
static int recursive, nofollow, follow = 'P', verbose, changes, silent;
static const char *spec;

static int parse_id(const char *s, unsigned long *out)
{
	char *end;
	if (*s == '+')
		s++;
	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (*end || errno || v >= 0xffffffffUL)
		return -1;
	*out = v;
	return 0;
}

static int lookup_user(const char *s)
{
	unsigned long v;
	struct passwd *pw = *s == '+' ? 0 : getpwnam(s);
	if (pw) {
		uid = pw->pw_uid;
		return 0;
	}
	if (parse_id(s, &v))
		return -1;
	uid = (uid_t)v;
	return 0;
}

static int lookup_group(const char *s)
{
	unsigned long v;
	struct group *gr = *s == '+' ? 0 : getgrnam(s);
	if (gr) {
		gid = gr->gr_gid;
		return 0;
	}
	if (parse_id(s, &v))
		return -1;
	gid = (gid_t)v;
	return 0;
}

static int change(int dfd, const char *name, const char *path, int nofollow_this)
{
	struct stat st;
	int fl = nofollow_this ? AT_SYMLINK_NOFOLLOW : 0;
	if (fstatat(dfd, name, &st, fl)) {
		if (!silent)
			warn_errno("cannot access '%s'", path);
		return 1;
	}
	uid_t u = uid == (uid_t)-1 ? st.st_uid : uid;
	gid_t g = gid == (gid_t)-1 ? st.st_gid : gid;
	int same = u == st.st_uid && g == st.st_gid;
	if (fchownat(dfd, name, uid, gid, fl)) {
		if (!silent)
			warn_errno("changing %s of '%s'",
				   !strcmp(applet_name, "chgrp") ? "group" : "ownership", path);
		return 1;
	}
	if (verbose || (changes && !same))
		printf("%s of '%s' %s %s\n", !strcmp(applet_name, "chgrp") ? "group" : "ownership",
		       path, same ? "retained as" : "changed to", spec);
	return 0;
}

static int walk(int dfd, const char *name, char *path, int depth)
{
	struct stat st;
	int follow_this = follow == 'L' || (follow == 'H' && !depth);
	/* inside the tree, links are changed only with -h; never followed with -P */
	if (depth && !follow_this) {
		if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode)) {
			if (nofollow)
				return change(dfd, name, path, 1);
			return 0;
		}
	}
	int status = change(dfd, name, path, nofollow && !follow_this);
	if (!recursive)
		return status;
	if (fstatat(dfd, name, &st, follow_this ? 0 : AT_SYMLINK_NOFOLLOW) || !S_ISDIR(st.st_mode))
		return status;
	int fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (follow_this ? 0 : O_NOFOLLOW));
	DIR *d = fd >= 0 ? fdopendir(fd) : 0;
	if (!d) {
		if (fd >= 0)
			close(fd);
		if (!silent)
			warn_errno("cannot read directory '%s'", path);
		return 1;
	}
	struct dirent *de;
	size_t pl = strlen(path);
	while ((de = readdir(d))) {
		const char *nm = de->d_name;
		if (nm[0] == '.' && (!nm[1] || (nm[1] == '.' && !nm[2])))
			continue;
		size_t nl = strlen(nm);
		char *sub = xmalloc(pl + nl + 2);
		memcpy(sub, path, pl);
		sub[pl] = '/';
		memcpy(sub + pl + 1 - (pl && path[pl - 1] == '/'), nm, nl + 1);
		status |= walk(dirfd(d), nm, sub, depth + 1);
		free(sub);
	}
	closedir(d);
	return status;
}

int chown_main(int argc, char **argv)
{
	int grp = !strcmp(applet_name, "chgrp");
	struct opt o = OPT_INIT(argc, argv,
		"R(recursive)h(no-dereference)c(changes)v(verbose)f(silent)(quiet)HLPr(reference):"
		"D(dereference)");
	int c, status = 0;
	const char *ref = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'R': recursive = 1; break;
		case 'h': nofollow = 1; break;
		case 'D': nofollow = 0; break;
		case 'c': changes = 1; break;
		case 'v': verbose = 1; break;
		case 'f': silent = 1; break;
		case 'H': case 'L': case 'P': follow = c; break;
		case 'r': ref = o.arg; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (ref) {
		struct stat st;
		if (stat(ref, &st)) {
			warn_errno("failed to get attributes of '%s'", ref);
			return 1;
		}
		if (!grp)
			uid = st.st_uid;
		gid = st.st_gid;
		spec = ref;
	} else {
		if (argc < 1) {
			warn_msg("missing operand");
			return usage();
		}
		spec = *argv++;
		argc--;
		if (grp) {
			if (*spec && lookup_group(spec)) {
				warn_msg("invalid group: '%s'", spec);
				return 1;
			}
		} else {
			char *s = xstrdup(spec);
			char *colon = strchr(s, ':');
			if (!colon && !getpwnam(s))
				colon = strchr(s, '.');
			if (colon)
				*colon++ = 0;
			if (*s && lookup_user(s)) {
				warn_msg("invalid user: '%s'", spec);
				return 1;
			}
			if (colon && *colon) {
				if (lookup_group(colon)) {
					warn_msg("invalid group: '%s'", spec);
					return 1;
				}
			} else if (colon && *s) {
				struct passwd *pw = getpwuid(uid);
				if (!pw) {
					warn_msg("invalid spec: '%s'", spec);
					return 1;
				}
				gid = pw->pw_gid;
			}
			free(s);
		}
	}
	if (!argc) {
		warn_msg("missing operand after '%s'", spec);
		return usage();
	}
	if (recursive && follow == 'P')
		;	/* the default */
	else if (!recursive)
		follow = 'P';
	for (int i = 0; i < argc; i++) {
		char *p = xstrdup(argv[i]);
		if (recursive)
			status |= walk(AT_FDCWD, argv[i], p, 0);
		else
			status |= change(AT_FDCWD, argv[i], p, nofollow);
		free(p);
	}
	return status;
}
