/* chpst - run a program with a changed process state
 *
 * APPLET(chpst, SBIN)
 * usage: chpst [-u USER[:GROUP...]] [-U USER[:GROUP]] [-e DIR] [-/ ROOT] [-n INC] [-o N] [-p N] [-m BYTES] [-P012] PROG [ARG...]
 *
 * Change the process state as asked, then execute PROG (found through PATH).
 *
 * -u USER[:GROUP...]  run as USER with its gid and supplementary groups, or with the
 *                     listed groups; :UID:GID... takes numbers
 * -U USER[:GROUP]     set $UID and $GID to USER's (or GROUP's) ids
 * -e DIR   for each file in DIR set the variable of its name to its first line
 *          (trailing blanks dropped, NUL bytes as newlines); an empty file unsets it
 * -/ ROOT  change the root directory to ROOT (after user lookups)
 * -n INC   add INC to the nice value
 * -o N     limit open files to N       -p N  limit processes to N
 * -m BYTES limit data, stack, locked memory and address space to BYTES
 * -P       run in a new session        -0 -1 -2  close standard input, output, error
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

static int parse_ulong(const char *s, unsigned long long *v)
{
	char *end;
	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*v = strtoull(s, &end, 10);
	return *end || errno ? -1 : 0;
}

static int lookup_group(const char *name, gid_t *gid)
{
	struct group *gr = getgrnam(name);
	if (gr) {
		*gid = gr->gr_gid;
		return 0;
	}
	unsigned long long v;
	if (parse_ulong(name, &v) == 0 && v < (gid_t)-1) {
		*gid = (gid_t)v;
		return 0;
	}
	warn_msg("%s: unknown group", name);
	return -1;
}

/* USER[:GROUP...] or :UID:GID...; fills uid, gids (ngids, first is the primary). */
static int parse_user(const char *spec, uid_t *uid, gid_t *gids, int *ngids, char **user)
{
	char *copy = xstrdup(spec), *p = copy, *next;
	*ngids = 0;
	*user = 0;
	if (*p == ':') {
		unsigned long long v;
		p++;
		next = strchr(p, ':');
		if (next)
			*next++ = 0;
		if (parse_ulong(p, &v) || v >= (uid_t)-1) {
			warn_msg("%s: invalid uid", p);
			goto bad;
		}
		*uid = (uid_t)v;
		if (!next) {
			warn_msg("%s: gid missing", spec);
			goto bad;
		}
		for (p = next; p; p = next) {
			next = strchr(p, ':');
			if (next)
				*next++ = 0;
			if (parse_ulong(p, &v) || v >= (gid_t)-1 || *ngids >= 64) {
				warn_msg("%s: invalid gid", p);
				goto bad;
			}
			gids[(*ngids)++] = (gid_t)v;
		}
		free(copy);
		return 0;
	}
	next = strchr(p, ':');
	if (next)
		*next++ = 0;
	struct passwd *pw = getpwnam(p);
	if (!pw) {
		warn_msg("%s: unknown user", p);
		goto bad;
	}
	*uid = pw->pw_uid;
	*user = xstrdup(pw->pw_name);
	if (!next)
		gids[(*ngids)++] = pw->pw_gid;
	for (p = next; p; p = next) {
		next = strchr(p, ':');
		if (next)
			*next++ = 0;
		if (*ngids >= 64 || lookup_group(p, &gids[*ngids]))
			goto bad;
		(*ngids)++;
	}
	free(copy);
	return 0;
bad:
	free(copy);
	return -1;
}

static int envdir(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		warn_errno("%s", dir);
		return -1;
	}
	struct dirent *de;
	int r = 0;
	while ((errno = 0, de = readdir(d))) {
		if (de->d_name[0] == '.' || strchr(de->d_name, '='))
			continue;
		char path[PATH_MAX];
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			if (errno == EISDIR)
				continue;
			warn_errno("%s", path);
			r = -1;
			break;
		}
		struct stat st;
		if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
			close(fd);
			continue;
		}
		size_t cap = 256, len = 0;
		char *buf = xmalloc(cap);
		ssize_t n;
		while ((n = safe_read(fd, buf + len, cap - len - 1)) > 0) {
			len += n;
			if (memchr(buf + len - n, '\n', n))
				break;
			if (len + 1 >= cap)
				buf = xrealloc(buf, cap *= 2);
		}
		close(fd);
		if (n < 0) {
			warn_errno("%s", path);
			free(buf);
			r = -1;
			break;
		}
		buf[len] = 0;
		if (st.st_size == 0) {
			unsetenv(de->d_name);
			free(buf);
			continue;
		}
		char *nl = memchr(buf, '\n', len);
		if (nl)
			len = nl - buf;
		while (len && (buf[len - 1] == ' ' || buf[len - 1] == '\t'))
			len--;
		for (size_t i = 0; i < len; i++)
			if (!buf[i])
				buf[i] = '\n';
		buf[len] = 0;
		if (setenv(de->d_name, buf, 1)) {
			warn_errno("%s", de->d_name);
			r = -1;
		}
		free(buf);
	}
	if (!de && errno) {
		warn_errno("%s", dir);
		r = -1;
	}
	closedir(d);
	return r;
}

static int limit(int res, const char *arg)
{
	unsigned long long v;
	if (parse_ulong(arg, &v)) {
		warn_msg("%s: invalid number", arg);
		return -1;
	}
	struct rlimit rl;
	if (getrlimit(res, &rl)) {
		warn_errno("getrlimit");
		return -1;
	}
	/* an unprivileged process may not raise the hard limit: stay below it */
	if (rl.rlim_max != RLIM_INFINITY && v > rl.rlim_max)
		v = rl.rlim_max;
	rl.rlim_cur = v;
	if (setrlimit(res, &rl)) {
		warn_errno("setrlimit");
		return -1;
	}
	return 0;
}

int chpst_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "+u:U:e:/:n:o:p:m:P012");
	const char *user = 0, *envuser = 0, *root = 0, *nice_arg = 0, *files = 0, *procs = 0,
		*mem = 0;
	const char *envdirs[16];
	int nenvdirs = 0, newsession = 0, closefd[3] = { 0, 0, 0 };
	int c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'u': user = o.arg; break;
		case 'U': envuser = o.arg; break;
		case 'e':
			if (nenvdirs == 16) {
				warn_msg("too many -e");
				return 111;
			}
			envdirs[nenvdirs++] = o.arg;
			break;
		case '/': root = o.arg; break;
		case 'n': nice_arg = o.arg; break;
		case 'o': files = o.arg; break;
		case 'p': procs = o.arg; break;
		case 'm': mem = o.arg; break;
		case 'P': newsession = 1; break;
		case '0': case '1': case '2': closefd[c - '0'] = 1; break;
		default: usage(); return 100;
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc < 1) {
		usage();
		return 100;
	}
	uid_t uid = 0;
	gid_t gids[64];
	int ngids = 0;
	char *uname = 0;
	if (user && parse_user(user, &uid, gids, &ngids, &uname))
		return 111;
	if (envuser) {
		uid_t euid;
		gid_t egids[64];
		int n;
		char *ename;
		if (parse_user(envuser, &euid, egids, &n, &ename))
			return 111;
		char buf[32];
		snprintf(buf, sizeof buf, "%u", (unsigned)euid);
		setenv("UID", buf, 1);
		snprintf(buf, sizeof buf, "%u", (unsigned)egids[0]);
		setenv("GID", buf, 1);
		free(ename);
	}
	for (int i = 0; i < nenvdirs; i++)
		if (envdir(envdirs[i]))
			return 111;
	/* the supplementary groups of a user come from /etc/group: read them before -/ */
	if (user && uname && !strchr(user, ':')) {
		gid_t all[64];
		int n = 64;
		all[0] = gids[0];
		if (getgrouplist(uname, gids[0], all, &n) >= 0 && n > 0) {
			memcpy(gids, all, n * sizeof *gids);
			ngids = n;
		}
	}
	if (root && (chdir(root) || chroot("."))) {
		warn_errno("%s", root);
		return 111;
	}
	if (nice_arg) {
		char *end;
		long inc = strtol(nice_arg, &end, 10);
		if (*end || end == nice_arg) {
			warn_msg("%s: invalid number", nice_arg);
			return 100;
		}
		errno = 0;
		if (nice((int)inc) == -1 && errno) {
			warn_errno("nice");
			return 111;
		}
	}
	if (files && limit(RLIMIT_NOFILE, files))
		return 111;
	if (procs && limit(RLIMIT_NPROC, procs))
		return 111;
	if (mem && (limit(RLIMIT_DATA, mem) || limit(RLIMIT_STACK, mem) ||
		    limit(RLIMIT_MEMLOCK, mem) || limit(RLIMIT_AS, mem)))
		return 111;
	if (newsession && setsid() < 0) {
		warn_errno("setsid");
		return 111;
	}
	if (user) {
		if (setgroups(ngids, gids) || setgid(gids[0]) || setuid(uid)) {
			warn_errno("%s", user);
			return 111;
		}
	}
	free(uname);
	for (int i = 0; i < 3; i++)
		if (closefd[i])
			close(i);
	fflush(stdout);
	execvp(argv[0], argv);
	warn_errno("%s", argv[0]);
	return errno == ENOENT ? 127 : 126;
}
