/* addgroup - create a group, or add a user to a group
 *
 * APPLET(addgroup, USR_SBIN)
 * usage: addgroup [-S] [-g GID] [-R DIR] GROUP | addgroup [-R DIR] USER GROUP
 *
 * Add GROUP to /etc/group (and /etc/gshadow when there is one) with the lowest free
 * gid in GID_MIN..GID_MAX (1000..60000; SYS_GID_MIN..SYS_GID_MAX, 100..999, with -S,
 * from /etc/login.defs). With two operands, add the existing USER to GROUP's members.
 *
 * -g GID   the group id
 * -S       a system group
 * -R DIR   work on DIR/etc/group ...
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "ring3.h"

int addgroup_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "g(gid):SR(root):");
	const char *root = 0;
	long gid = -1;
	int sys = 0, c;
	char *end;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'g':
			errno = 0;
			gid = strtol(o.arg, &end, 10);
			if (!*o.arg || *end || errno || gid < 0 || gid > 0x7fffffff) {
				warn_msg("invalid group id '%s'", o.arg);
				return 1;
			}
			break;
		case 'S': sys = 1; break;
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
	struct pwdb pw, gr, gs;
	ssize_t i;
	if (pwdb_lock(root) < 0 || pwdb_load(&pw, root, "etc/passwd") < 0 ||
	    pwdb_load(&gr, root, "etc/group") < 0 || pwdb_load(&gs, root, "etc/gshadow") < 0)
		return 1;
	if (argc == 2) {
		const char *user = argv[0], *group = argv[1];
		if (gid >= 0 || sys)
			die("-g and -S create a group: not with USER GROUP");
		if (pwdb_find(&pw, user) < 0)
			die("user '%s' does not exist", user);
		if ((i = pwdb_find(&gr, group)) < 0)
			die("group '%s' does not exist", group);
		if (!pwdb_member_add(&gr, i, user)) {
			warn_msg("'%s' is already a member of '%s'", user, group);
			return 0;
		}
		if (pwdb_save(&gr, 0644) < 0)
			return 1;
		if ((i = pwdb_find(&gs, group)) >= 0 && pwdb_member_add(&gs, i, user) && pwdb_save(&gs, 0640) < 0)
			return 1;
		return 0;
	}
	const char *group = argv[0];
	if (!pwdb_valid_name(group))
		die("invalid group name '%s'", group);
	if (pwdb_find(&gr, group) >= 0)
		die("group '%s' in use", group);
	if (gid >= 0) {
		if (pwdb_find_id(&gr, gid) >= 0)
			die("gid %ld in use", gid);
	} else {
		long lo = login_def_num(root, sys ? "SYS_GID_MIN" : "GID_MIN", sys ? 100 : 1000);
		long hi = login_def_num(root, sys ? "SYS_GID_MAX" : "GID_MAX", sys ? 999 : 60000);
		if ((gid = pwdb_free_id(&gr, lo, hi, -1)) < 0)
			die("no free group id in %ld..%ld", lo, hi);
	}
	char num[24];
	snprintf(num, sizeof num, "%ld", gid);
	char *g[4] = { (char *)group, "x", num, "" }, *g2[4] = { (char *)group, "!", "", "" };
	pwdb_set(&gr, -1, pwdb_join(g, 4));
	if (gs.exists)
		pwdb_set(&gs, -1, pwdb_join(g2, 4));
	if ((gs.exists && pwdb_save(&gs, 0640) < 0) || pwdb_save(&gr, 0644) < 0)
		return 1;
	pwdb_unlock();
	return 0;
}
