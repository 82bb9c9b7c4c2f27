#include <grp.h>
#include <string.h>
#include <stdlib.h>
#include <limits.h>
#include <unistd.h>

/* The primary group first, then every group listing user as a member. *n is the
 * room in groups on entry and the count found on return; -1 if it did not fit. */
int getgrouplist(const char *user, gid_t gid, gid_t *groups, int *n)
{
	int cap = *n, cnt = 0;
	struct group *g;
	if (cnt < cap) groups[cnt] = gid;
	cnt++;
	setgrent();
	while ((g = getgrent())) {
		if (g->gr_gid == gid) continue;
		for (char **m = g->gr_mem; *m; m++)
			if (!strcmp(*m, user)) {
				if (cnt < cap) groups[cnt] = g->gr_gid;
				cnt++;
				break;
			}
	}
	endgrent();
	*n = cnt;
	return cnt > cap ? -1 : cnt;
}

int initgroups(const char *user, gid_t gid)
{
	gid_t list[256];
	int n = 256;
	if (getgrouplist(user, gid, list, &n) < 0) n = 256;
	return setgroups(n, list);
}
