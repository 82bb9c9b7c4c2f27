/* delgroup - delete a group, or remove a user from a group
 *
 * APPLET(delgroup, USR_SBIN)
 * usage: delgroup [-R DIR] GROUP | delgroup [-R DIR] USER GROUP
 *
 * Delete GROUP from /etc/group and /etc/gshadow; refused while it is some user's
 * primary group. With two operands, remove USER from GROUP's members.
 *
 * -R DIR   work on DIR/etc/group ...
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

int delgroup_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "R(root):");
	const char *root = 0;
	int c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
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
	ssize_t i, j;
	if (pwdb_lock(root) < 0 || pwdb_load(&pw, root, "etc/passwd") < 0 ||
	    pwdb_load(&gr, root, "etc/group") < 0 || pwdb_load(&gs, root, "etc/gshadow") < 0)
		return 1;
	const char *group = argv[argc - 1];
	if ((i = pwdb_find(&gr, group)) < 0)
		die("group '%s' does not exist", group);
	j = pwdb_find(&gs, group);
	if (argc == 2) {
		const char *user = argv[0];
		if (!pwdb_member_del(&gr, i, user))
			die("'%s' is not a member of '%s'", user, group);
		if (j >= 0)
			pwdb_member_del(&gs, j, user);
	} else {
		char *g[4], *gl = xstrdup(gr.line[i]);
		pwdb_split(gl, g, 4);
		for (size_t k = 0; k < pw.n; k++) {
			char *p[5], *pl = xstrdup(pw.line[k]);
			pwdb_split(pl, p, 5);
			if (!strcmp(p[3], g[2]))
				die("'%s' still has '%s' as their primary group", p[0], group);
			free(pl);
		}
		free(gl);
		pwdb_set(&gr, i, 0);
		if (j >= 0)
			pwdb_set(&gs, j, 0);
	}
	if (pwdb_save(&gr, 0644) < 0 || (j >= 0 && pwdb_save(&gs, 0640) < 0))
		return 1;
	pwdb_unlock();
	return 0;
}
