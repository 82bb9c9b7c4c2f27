/* id - print user and group IDs
 *
 * APPLET(id, USR_BIN)
 * usage: id [-G | -g | -u] [-nr] [USER]
 *
 * Print the user and group IDs and names of USER, or of the current process:
 * uid=N(name) gid=N(name) [euid= egid=] groups=N(name),...
 *
 * -u  only the effective user ID (--user)
 * -g  only the effective group ID (--group)
 * -G  only all group IDs (--groups)
 * -n  a name instead of a number, with -u -g -G (--name)
 * -r  the real ID instead of the effective one, with -u -g -G (--real)
 * -z  separate with NUL instead of spaces and newline (--zero)
 */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static int status;

static const char *user_name(uid_t uid)
{
	struct passwd *pw = getpwuid(uid);
	return pw ? pw->pw_name : 0;
}

static const char *group_name(gid_t gid)
{
	struct group *gr = getgrgid(gid);
	return gr ? gr->gr_name : 0;
}

static void add_gid(gid_t **list, int *n, gid_t g)
{
	for (int i = 0; i < *n; i++)
		if ((*list)[i] == g)
			return;
	*list = xrealloc(*list, (*n + 1) * sizeof **list);
	(*list)[(*n)++] = g;
}

/* The groups that list user as a member in /etc/group. */
static void member_groups(const char *user, gid_t **list, int *n)
{
	FILE *f = fopen("/etc/group", "r");
	if (!f)
		return;
	char *line = 0;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) > 0) {
		if (line[len - 1] == '\n')
			line[--len] = 0;
		/* name:passwd:gid:member,member */
		char *f1 = strchr(line, ':');
		char *f2 = f1 ? strchr(f1 + 1, ':') : 0;
		char *f3 = f2 ? strchr(f2 + 1, ':') : 0;
		if (!f3)
			continue;
		char *end;
		unsigned long gid = strtoul(f2 + 1, &end, 10);
		if (end != f3 || end == f2 + 1)
			continue;
		for (char *m = f3 + 1; *m;) {
			size_t k = strcspn(m, ",");
			if (k == strlen(user) && !strncmp(m, user, k))
				add_gid(list, n, (gid_t)gid);
			m += k;
			if (*m)
				m++;
		}
	}
	free(line);
	fclose(f);
}

static void print_id(const char *label, unsigned long id, const char *name)
{
	printf("%s=%lu", label, id);
	if (name)
		printf("(%s)", name);
}

int id_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "u(user)g(group)G(groups)n(name)r(real)z(zero)a");
	int c, only = 0, names = 0, real = 0, zero = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'u': case 'g': case 'G':
			if (only && only != c) {
				warn_msg("cannot print \"only\" of more than one choice");
				return usage();
			}
			only = c;
			break;
		case 'n': names = 1; break;
		case 'r': real = 1; break;
		case 'z': zero = 1; break;
		case 'a': break;
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (argc > 1) {
		warn_msg("extra operand '%s'", argv[1]);
		return usage();
	}
	if ((names || real) && !only) {
		warn_msg("cannot print only names or real IDs in default format");
		return usage();
	}
	if (zero && !only) {
		warn_msg("option --zero not permitted in default format");
		return usage();
	}
	uid_t ruid, euid;
	gid_t rgid, egid;
	gid_t *groups = 0;
	int ngroups = 0;
	const char *user = 0;
	if (argc) {
		struct passwd *pw = getpwnam(argv[0]);
		char *end;
		unsigned long v = strtoul(argv[0], &end, 10);
		if (!pw && !*end && end != argv[0])
			pw = getpwuid((uid_t)v);
		if (!pw) {
			warn_msg("'%s': no such user", argv[0]);
			return 1;
		}
		ruid = euid = pw->pw_uid;
		rgid = egid = pw->pw_gid;
		user = xstrdup(pw->pw_name);
		add_gid(&groups, &ngroups, rgid);
		member_groups(user, &groups, &ngroups);
	} else {
		ruid = getuid();
		euid = geteuid();
		rgid = getgid();
		egid = getegid();
		add_gid(&groups, &ngroups, egid);
		int n = getgroups(0, 0);
		if (n < 0) {
			warn_errno("cannot get groups");
			return 1;
		}
		gid_t *g = xmalloc((n + 1) * sizeof *g);
		n = getgroups(n, g);
		for (int i = 0; i < n; i++)
			add_gid(&groups, &ngroups, g[i]);
		free(g);
	}
	char sep = zero ? 0 : ' ', end = zero ? 0 : '\n';
	if (only == 'u' || only == 'g') {
		unsigned long id = only == 'u' ? (real ? ruid : euid) : (real ? rgid : egid);
		const char *name = names ? (only == 'u' ? user_name(id) : group_name(id)) : 0;
		if (names && !name) {
			warn_msg("cannot find name for %s ID %lu", only == 'u' ? "user" : "group", id);
			status = 1;
			printf("%lu%c", id, end);
		} else if (name) {
			printf("%s%c", name, end);
		} else {
			printf("%lu%c", id, end);
		}
		return status;
	}
	if (only == 'G') {
		if (real && !argc)
			groups[0] = rgid;
		for (int i = 0; i < ngroups; i++) {
			const char *name = names ? group_name(groups[i]) : 0;
			if (i)
				putchar(sep);
			if (names && !name) {
				warn_msg("cannot find name for group ID %lu", (unsigned long)groups[i]);
				status = 1;
			}
			if (name)
				fputs(name, stdout);
			else
				printf("%lu", (unsigned long)groups[i]);
		}
		putchar(end);
		return status;
	}
	print_id("uid", ruid, user_name(ruid));
	print_id(" gid", rgid, group_name(rgid));
	if (euid != ruid)
		print_id(" euid", euid, user_name(euid));
	if (egid != rgid)
		print_id(" egid", egid, group_name(egid));
	fputs(" groups=", stdout);
	for (int i = 0; i < ngroups; i++) {
		if (i)
			putchar(',');
		const char *name = group_name(groups[i]);
		printf(name ? "%lu(%s)" : "%lu", (unsigned long)groups[i], name);
	}
	putchar('\n');
	return status;
}
