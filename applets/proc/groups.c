/* groups - print the groups a user is in
 *
 * APPLET(groups, USR_BIN)
 * usage: groups [USER...]
 *
 * Print the names of the groups of the current process (its real and effective
 * group, then its supplementary groups), or for each USER "USER : GROUP..." from the
 * group database. A group without a name prints as its number.
 */
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static int first;

static void put_group(gid_t g)
{
	struct group *gr = getgrgid(g);
	if (!first)
		putchar(' ');
	first = 0;
	if (gr)
		fputs(gr->gr_name, stdout);
	else
		printf("%u", (unsigned)g);
}

/* Print list, skipping duplicates (the primary group shows up again in most lists). */
static void put_list(const gid_t *list, int n)
{
	for (int i = 0; i < n; i++) {
		int seen = 0;
		for (int j = 0; j < i && !seen; j++)
			seen = list[j] == list[i];
		if (!seen)
			put_group(list[i]);
	}
	putchar('\n');
}

int groups_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "");
	while (opt_next(&o) != -1)
		return usage();
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		int n = getgroups(0, 0);
		if (n < 0)
			die_errno("cannot get groups");
		gid_t *list = xmalloc((n + 2) * sizeof *list);
		list[0] = getgid();
		list[1] = getegid();
		n = getgroups(n, list + 2);
		if (n < 0)
			die_errno("cannot get groups");
		first = 1;
		put_list(list, n + 2);
		free(list);
		return 0;
	}
	int status = 0;
	for (int i = 0; i < argc; i++) {
		struct passwd *pw = getpwnam(argv[i]);
		if (!pw) {
			warn_msg("'%s': no such user", argv[i]);
			status = 1;
			continue;
		}
		/* copy what getgrouplist and getgrgid may overwrite */
		char *name = xstrdup(pw->pw_name);
		gid_t gid = pw->pw_gid;
		int n = 16;
		gid_t *list = xmalloc((n + 1) * sizeof *list);
		list[0] = gid;
		while (getgrouplist(name, gid, list + 1, &n) < 0)
			list = xrealloc(list, (n + 1) * sizeof *list);
		printf("%s : ", name);
		first = 1;
		put_list(list, n + 1);
		free(list);
		free(name);
	}
	return status;
}
