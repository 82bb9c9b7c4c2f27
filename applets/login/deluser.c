/* deluser - delete a user, or remove a user from a group
 *
 * APPLET(deluser, USR_SBIN)
 * usage: deluser [--remove-home] [-R DIR] USER [GROUP]
 *
 * Delete USER from /etc/passwd and /etc/shadow and from the member lists of every
 * group; the group named after USER goes too when it is USER's primary group and no
 * one else's. With GROUP, only take USER out of GROUP's members.
 *
 * -r, --remove-home  remove USER's home directory and everything in it
 * -R, --root=DIR     work on DIR/etc/passwd ... (and the home under DIR)
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

/* Empty the directory fd (closed here); never follows a symlink out of it. */
static int empty_dir(int fd, const char *path)
{
	DIR *d = fdopendir(fd);
	struct dirent *e;
	int ret = 0;
	if (!d) {
		warn_errno("%s", path);
		close(fd);
		return -1;
	}
	while ((errno = 0, e = readdir(d))) {
		const char *n = e->d_name;
		if (!strcmp(n, ".") || !strcmp(n, ".."))
			continue;
		if (unlinkat(fd, n, 0) == 0)
			continue;
		if (errno != EISDIR && errno != EPERM) {
			warn_errno("cannot remove %s/%s", path, n);
			ret = -1;
			continue;
		}
		int sub = openat(fd, n, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (sub < 0) {
			warn_errno("cannot remove %s/%s", path, n);
			ret = -1;
		} else if (empty_dir(sub, n) < 0) {
			ret = -1;
		} else if (unlinkat(fd, n, AT_REMOVEDIR) < 0) {
			warn_errno("cannot remove %s/%s", path, n);
			ret = -1;
		}
	}
	if (errno) {
		warn_errno("%s", path);
		ret = -1;
	}
	closedir(d);
	return ret;
}

static int remove_home(const char *root, const char *home)
{
	if (!*home || !strcmp(home, "/") || home[0] != '/') {
		warn_msg("not removing home directory '%s'", home);
		return -1;
	}
	char *path = pwdb_path(root, home);
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC), ret = 0;
	if (fd < 0) {
		if (errno != ENOENT) {
			warn_errno("%s", path);
			ret = -1;
		}
	} else if (empty_dir(fd, path) < 0) {
		ret = -1;
	} else if (rmdir(path) < 0) {
		warn_errno("cannot remove %s", path);
		ret = -1;
	}
	free(path);
	return ret;
}

static int load_all(const char *root, struct pwdb *pw, struct pwdb *sp, struct pwdb *gr, struct pwdb *gs)
{
	return pwdb_lock(root) < 0 || pwdb_load(pw, root, "etc/passwd") < 0 || pwdb_load(sp, root, "etc/shadow") < 0 ||
	       pwdb_load(gr, root, "etc/group") < 0 || pwdb_load(gs, root, "etc/gshadow") < 0 ? -1 : 0;
}

int deluser_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "r(remove-home)R(root):");
	const char *root = 0;
	int rmhome = 0, c, changed = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'r': rmhome = 1; break;
		case 'R': root = o.arg; break;
		default: return usage();
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
	struct pwdb pw, sp, gr, gs;
	ssize_t i, j;
	if (load_all(root, &pw, &sp, &gr, &gs) < 0)
		return 1;
	if (argc == 2) {
		const char *group = argv[1];
		if ((i = pwdb_find(&gr, group)) < 0)
			die("group '%s' does not exist", group);
		if (!pwdb_member_del(&gr, i, user))
			die("'%s' is not a member of '%s'", user, group);
		if (pwdb_save(&gr, 0644) < 0)
			return 1;
		if ((j = pwdb_find(&gs, group)) >= 0 && pwdb_member_del(&gs, j, user) && pwdb_save(&gs, 0640) < 0)
			return 1;
		return 0;
	}
	if ((i = pwdb_find(&pw, user)) < 0)
		die("user '%s' does not exist", user);
	char *f[7], *line = xstrdup(pw.line[i]);
	pwdb_split(line, f, 7);
	const char *gid = f[3], *home = f[5];
	pwdb_set(&pw, i, 0);
	if ((j = pwdb_find(&sp, user)) >= 0)
		pwdb_set(&sp, j, 0);
	for (size_t k = 0; k < gr.n; k++)
		changed |= pwdb_member_del(&gr, k, user);
	for (size_t k = 0; k < gs.n; k++)
		pwdb_member_del(&gs, k, user);
	/* The user's own group: same name, their primary one, and no one else's. */
	if ((j = pwdb_find(&gr, user)) >= 0) {
		char *g[4], *gl = xstrdup(gr.line[j]);
		pwdb_split(gl, g, 4);
		int others = *g[3] != 0;
		for (size_t k = 0; k < pw.n && !others; k++) {
			char *p[5], *pl = xstrdup(pw.line[k]);
			pwdb_split(pl, p, 5);
			others = !strcmp(p[3], g[2]);
			free(pl);
		}
		if (!strcmp(g[2], gid) && !others) {
			pwdb_set(&gr, j, 0);
			if ((j = pwdb_find(&gs, user)) >= 0)
				pwdb_set(&gs, j, 0);
			changed = 1;
		}
		free(gl);
	}
	/* passwd first: the user is gone before the rest is. */
	if (pwdb_save(&pw, 0644) < 0 || (sp.exists && pwdb_save(&sp, 0640) < 0) ||
	    (changed && gr.exists && pwdb_save(&gr, 0644) < 0) || (changed && gs.exists && pwdb_save(&gs, 0640) < 0))
		return 1;
	pwdb_unlock();
	int ret = rmhome && remove_home(root, home) < 0;
	free(line);
	return ret;
}
