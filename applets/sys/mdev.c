/* mdev - the device manager: device nodes from sysfs and hotplug events
 *
 * APPLET(mdev, SBIN)
 * usage: mdev [-s] [-d [-f]] [-S SYSDIR] [-D DEVDIR] [-c CONF] [-F FWDIR]
 *
 * -s  scan: create a node in /dev for every device /sys knows (/sys/dev/block and
 *     /sys/dev/char, or on older kernels /sys/class/x/y and /sys/block)
 * -d  daemon: follow the kernel's hotplug events on its uevent netlink socket (after
 *     the scan, with -s); -f: stay in the foreground
 * Without -s or -d, mdev handles the one event the kernel describes in its
 * environment, as /proc/sys/kernel/hotplug (ACTION, DEVPATH, SUBSYSTEM, DEVNAME,
 * MAJOR, MINOR, FIRMWARE); the kernel's one argument, the subsystem, is ignored.
 * Helpers started at once take turns by SEQNUM when DEVDIR/mdev.seq exists.
 * -S SYSDIR, -D DEVDIR  use these for /sys and /dev (tests: a fake tree)
 * -c CONF  the rules (default /etc/mdev.conf)   -F FWDIR  firmware (default /lib/firmware)
 *
 * Each line of CONF (BusyBox's format) is
 *     [-]MATCH UID:GID MODE [=PATH|>PATH|!] [@|$|*COMMAND]
 * MATCH is an extended regex for the whole device name (SUBSYSTEM/NAME when it holds a
 * '/'), or $VAR=REGEX for a variable of the event, or @MAJOR,MINOR[-MINOR2]. The first
 * matching line decides, except that a line starting with - lets later lines match
 * too. UID and GID are names or numbers, MODE octal. =PATH moves the node to PATH
 * (into it when PATH ends in /), >PATH moves it and leaves a symlink at the usual name,
 * ! makes no node; %0 to %9 in PATH are the regex's matches. @COMMAND runs after the
 * node is made, $COMMAND before it is removed, *COMMAND both, by /bin/sh -c with MDEV
 * (the node's name), ACTION and the event's variables in its environment. A device no
 * line matches gets root:root 0660.
 *
 * Firmware requests (SUBSYSTEM firmware, or any event with FIRMWARE) are answered from
 * FWDIR/FIRMWARE through /sys/DEVPATH/loading and data; a missing file is reported to
 * the kernel with -1.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <regex.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#include "ring3.h"

#define NETLINK_KOBJECT_UEVENT 15
/* <linux/netlink.h>'s sockaddr_nl, which ring3's libc has no header for. */
struct nl_addr {
	unsigned short family, pad;
	unsigned pid, groups;
};

static const char *sysdir = "/sys", *devdir = "/dev", *conf_path = "/etc/mdev.conf";
static const char *fwdir = "/lib/firmware";

/* An event: "KEY=VALUE" strings, as in the environment. */
struct event {
	char **vars;
	int n;
};

static const char *ev_get(const struct event *ev, const char *key)
{
	size_t k = strlen(key);
	for (int i = 0; i < ev->n; i++)
		if (!strncmp(ev->vars[i], key, k) && ev->vars[i][k] == '=')
			return ev->vars[i] + k + 1;
	return NULL;
}

static void ev_set(struct event *ev, const char *key, const char *val)
{
	size_t k = strlen(key);
	char *s = xmalloc(k + strlen(val) + 2);
	sprintf(s, "%s=%s", key, val);
	for (int i = 0; i < ev->n; i++)
		if (!strncmp(ev->vars[i], key, k) && ev->vars[i][k] == '=') {
			free(ev->vars[i]);
			ev->vars[i] = s;
			return;
		}
	ev->vars = xrealloc(ev->vars, (ev->n + 2) * sizeof *ev->vars);
	ev->vars[ev->n++] = s;
	ev->vars[ev->n] = NULL;
}

static void ev_free(struct event *ev)
{
	for (int i = 0; i < ev->n; i++)
		free(ev->vars[i]);
	free(ev->vars);
	ev->vars = NULL;
	ev->n = 0;
}

/* --- rules ------------------------------------------------------------------------ */

struct rule {
	int cont;			/* leading '-': keep matching */
	int kind;			/* 'r' regex, '$' variable, '@' major,minor */
	char *var;			/* $VAR */
	regex_t re;
	int has_slash;
	unsigned maj, min1, min2;
	uid_t uid;
	gid_t gid;
	mode_t mode;
	char op;			/* 0, '=', '>' or '!' */
	char *path;
	char when;			/* 0, '@', '$' or '*' */
	char *cmd;
};
static struct rule *rules;
static int nrules;
static struct timespec conf_mtime;
static int conf_loaded;

static int name_id(const char *s, int group, unsigned *out)
{
	char *end;
	unsigned long v = strtoul(s, &end, 10);
	if (*s && !*end) {
		*out = v;
		return 0;
	}
	if (group) {
		struct group *g = getgrnam(s);
		if (g)
			return *out = g->gr_gid, 0;
	} else {
		struct passwd *p = getpwnam(s);
		if (p)
			return *out = p->pw_uid, 0;
	}
	return -1;
}

static int parse_rule(char *line, struct rule *r)
{
	char *save, *match, *owner, *mode, *rest, *end;
	memset(r, 0, sizeof *r);
	if (!(match = strtok_r(line, " \t", &save)) || !(owner = strtok_r(NULL, " \t", &save)) ||
	    !(mode = strtok_r(NULL, " \t", &save)))
		return -1;
	rest = save ? save + strspn(save, " \t") : "";	/* NULL: musl's strtok_r at the end */
	if (*match == '-') {
		r->cont = 1;
		match++;
	}
	if (*match == '@') {
		r->kind = '@';
		int n = sscanf(match + 1, "%u,%u-%u", &r->maj, &r->min1, &r->min2);
		if (n < 2)
			return -1;
		if (n == 2)
			r->min2 = r->min1;
	} else {
		const char *re = match;
		if (*match == '$') {
			char *eq = strchr(match, '=');
			if (!eq)
				return -1;
			*eq = 0;
			r->var = xstrdup(match + 1);
			re = eq + 1;
			r->kind = '$';
		} else
			r->kind = 'r';
		r->has_slash = r->kind == 'r' && strchr(re, '/');
		if (regcomp(&r->re, re, REG_EXTENDED))
			return free(r->var), -1;
	}
	char *colon = strchr(owner, ':');
	unsigned id;
	if (!colon)
		goto bad;
	*colon = 0;
	if (name_id(owner, 0, &id))
		goto bad;
	r->uid = id;
	if (name_id(colon + 1, 1, &id))
		goto bad;
	r->gid = id;
	r->mode = strtoul(mode, &end, 8);
	if (*end || !*mode || r->mode > 07777)
		goto bad;
	if (*rest == '=' || *rest == '>' || *rest == '!') {
		r->op = *rest++;
		size_t n = strcspn(rest, " \t");
		if (r->op != '!') {
			if (!n)
				goto bad;
			r->path = xmalloc(n + 1);
			memcpy(r->path, rest, n);
			r->path[n] = 0;
		}
		rest += n;
		rest += strspn(rest, " \t");
	}
	if (*rest == '@' || *rest == '$' || *rest == '*') {
		r->when = *rest;
		r->cmd = xstrdup(rest + 1);
	} else if (*rest)
		goto bad;
	return 0;
bad:
	if (r->kind != '@')
		regfree(&r->re);
	free(r->var);
	free(r->path);
	return -1;
}

static void free_rules(void)
{
	for (int i = 0; i < nrules; i++) {
		if (rules[i].kind != '@')
			regfree(&rules[i].re);
		free(rules[i].var);
		free(rules[i].path);
		free(rules[i].cmd);
	}
	free(rules);
	rules = NULL;
	nrules = 0;
}

/* (Re)reads CONF when it changed since the last time; a missing file means no rules. */
static void load_rules(void)
{
	struct stat st;
	if (stat(conf_path, &st) < 0) {
		free_rules();
		conf_loaded = 0;
		return;
	}
	if (conf_loaded && st.st_mtim.tv_sec == conf_mtime.tv_sec &&
	    st.st_mtim.tv_nsec == conf_mtime.tv_nsec)
		return;
	free_rules();
	conf_loaded = 1;
	conf_mtime = st.st_mtim;
	int fd = open(conf_path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		warn_errno("%s", conf_path);
		return;
	}
	struct lines l;
	lines_init(&l, fd, '\n');
	char *line;
	size_t len;
	for (int lineno = 1; (line = lines_next(&l, &len)); lineno++) {
		line[len] = 0;	/* lines_next leaves room: it dropped the delimiter */
		char *s = line + strspn(line, " \t");
		if (!*s || *s == '#')
			continue;
		rules = xrealloc(rules, (nrules + 1) * sizeof *rules);
		if (parse_rule(s, &rules[nrules]))
			warn_msg("%s:%d: bad rule", conf_path, lineno);
		else
			nrules++;
	}
	lines_free(&l);
	close(fd);
}

/* --- actions ---------------------------------------------------------------------- */

static void mkdirs(char *path)	/* the directories leading to path */
{
	for (char *s = strchr(path + 1, '/'); s; s = strchr(s + 1, '/')) {
		*s = 0;
		mkdir(path, 0755);
		*s = '/';
	}
}

static void run(const char *cmd, const struct event *ev, const char *mdev_name)
{
	pid_t pid = fork();
	if (pid < 0) {
		warn_errno("fork");
		return;
	}
	if (pid == 0) {
		for (int i = 0; i < ev->n; i++)
			putenv(ev->vars[i]);
		setenv("MDEV", mdev_name, 1);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		warn_errno("/bin/sh");
		_exit(127);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
}

/* PATH of a rule with %0-%9 replaced by the regex's matches of subject. */
static char *expand(const char *path, const char *subject, const regmatch_t *m)
{
	size_t refs = 0, o = 0;
	for (const char *p = path; (p = strchr(p, '%')); p++)
		refs++;
	size_t cap = strlen(path) + strlen(subject) * refs + 1;
	char *out = xmalloc(cap);
	for (const char *p = path; *p; p++) {
		if (p[0] == '%' && p[1] >= '0' && p[1] <= '9' && m) {
			const regmatch_t *g = &m[p[1] - '0'];
			if (g->rm_so >= 0) {
				memcpy(out + o, subject + g->rm_so, g->rm_eo - g->rm_so);
				o += g->rm_eo - g->rm_so;
			}
			p++;
		} else
			out[o++] = *p;
	}
	out[o] = 0;
	return out;
}

static int full_match(regex_t *re, const char *s, regmatch_t *m)
{
	return !regexec(re, s, 10, m, 0) && m[0].rm_so == 0 && m[0].rm_eo == (regoff_t)strlen(s);
}

/* Writes s to a sysfs attribute, opened afresh as "echo s > path" would. */
static int put_attr(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int r = full_write(fd, s, strlen(s)) < 0 ? -1 : 0;
	if (close(fd) < 0)
		r = -1;
	return r;
}

static void firmware(const struct event *ev)
{
	const char *fw = ev_get(ev, "FIRMWARE"), *devpath = ev_get(ev, "DEVPATH");
	if (!fw || !devpath || strstr(fw, ".."))
		return;
	char path[PATH_MAX], loading[PATH_MAX];
	snprintf(path, sizeof path, "%s/%s", fwdir, fw);
	snprintf(loading, sizeof loading, "%s%s/loading", sysdir, devpath);
	int in = open(path, O_RDONLY | O_CLOEXEC), ok = 0;
	if (in >= 0 && put_attr(loading, "1") == 0) {
		snprintf(path, sizeof path, "%s%s/data", sysdir, devpath);
		int data = open(path, O_WRONLY | O_CLOEXEC);
		int failed;
		ok = data >= 0 && copy_fd(in, data, &failed) == 0;
		if (data >= 0 && close(data) < 0)
			ok = 0;
	}
	if (in >= 0)
		close(in);
	/* "0" tells the kernel the data is complete, "-1" that there is none */
	if (put_attr(loading, ok ? "0" : "-1") < 0)
		warn_errno("%s", loading);
}

/* Makes (add) or removes (remove) DEVDIR/node, and with link a symlink DEVDIR/link
 * to it. "change" events only fix owner and mode. */
static void node_op(int add, int remove, const char *node, const char *link,
		    const char *subsystem, unsigned maj, unsigned min, uid_t uid, gid_t gid,
		    mode_t mode)
{
	size_t n = strlen(devdir) + strlen(node) + (link ? strlen(link) : 0) + 3;
	char *path = xmalloc(n), *lpath = xmalloc(n);
	struct stat st;
	snprintf(path, n, "%s/%s", devdir, node);
	snprintf(lpath, n, "%s/%s", devdir, link ? link : "");
	if (remove) {
		unlink(path);
		if (link)
			unlink(lpath);
	} else if (add) {
		mode_t type = !strcmp(subsystem, "block") ? S_IFBLK : S_IFCHR;
		dev_t rdev = makedev(maj, min);
		mkdirs(path);
		/* a node left from before with another number is replaced */
		if (lstat(path, &st) == 0 && ((st.st_mode & S_IFMT) != type || st.st_rdev != rdev))
			unlink(path);
		if (mknod(path, type | (mode & 07777), rdev) < 0 && errno != EEXIST)
			warn_errno("%s", path);
		else if (chown(path, uid, gid) < 0 || chmod(path, mode & 07777) < 0)
			warn_errno("%s", path);
		if (link) {
			/* relative to the link's own directory: "../" for each of its slashes */
			size_t up = 0;
			for (const char *s = link; (s = strchr(s, '/')); s++)
				up++;
			char *target = xmalloc(3 * up + strlen(node) + 1), *t = target;
			while (up--)
				t = stpcpy(t, "../");
			strcpy(t, node);
			mkdirs(lpath);
			unlink(lpath);
			if (symlink(target, lpath) < 0)
				warn_errno("%s", lpath);
			free(target);
		}
	} else if (lstat(path, &st) == 0) {
		if (chown(path, uid, gid) < 0 || chmod(path, mode & 07777) < 0)
			warn_errno("%s", path);
	}
	free(path);
	free(lpath);
}

static void handle(struct event *ev)
{
	const char *action = ev_get(ev, "ACTION"), *devpath = ev_get(ev, "DEVPATH");
	const char *subsystem = ev_get(ev, "SUBSYSTEM"), *devname = ev_get(ev, "DEVNAME");
	const char *smaj = ev_get(ev, "MAJOR"), *smin = ev_get(ev, "MINOR");
	if (!action || !devpath)
		return;
	if (!strcmp(action, "add") && ev_get(ev, "FIRMWARE"))
		firmware(ev);
	int add = !strcmp(action, "add"), remove = !strcmp(action, "remove");
	if (!add && !remove && strcmp(action, "change"))
		return;
	if (!devname) {
		const char *slash = strrchr(devpath, '/');
		devname = slash ? slash + 1 : devpath;
	}
	if (!*devname || strstr(devname, "..") || *devname == '/')
		return;	/* a name that would reach outside DEVDIR */
	int has_dev = smaj && smin;
	unsigned maj = has_dev ? strtoul(smaj, NULL, 10) : 0;
	unsigned min = has_dev ? strtoul(smin, NULL, 10) : 0;
	if (!subsystem)
		subsystem = "";

	load_rules();
	/* rules see the name without DEVNAME's directories: "event0", not "input/event0" */
	const char *base = strrchr(devname, '/');
	base = base ? base + 1 : devname;
	char *slashed = xmalloc(strlen(subsystem) + strlen(base) + 2);
	sprintf(slashed, "%s/%s", subsystem, base);
	int matched = 0;
	for (int i = 0; i < nrules; i++) {
		struct rule *r = &rules[i];
		regmatch_t m[10];
		const char *subject = NULL;
		if (r->kind == '@') {
			if (!has_dev || maj != r->maj || min < r->min1 || min > r->min2)
				continue;
		} else {
			subject = r->kind == '$' ? ev_get(ev, r->var) : r->has_slash ? slashed : base;
			if (!subject || !full_match(&r->re, subject, m))
				continue;
		}
		matched = 1;
		char *node = r->op == '=' || r->op == '>'
			? expand(r->path, subject ? subject : base, subject ? m : NULL)
			: xstrdup(devname);
		if ((r->op == '=' || r->op == '>') && node[strlen(node) - 1] == '/') {
			char *dir = node;
			node = xmalloc(strlen(dir) + strlen(base) + 1);
			sprintf(node, "%s%s", dir, base);
			free(dir);
		}
		if (strstr(node, "..") || *node == '/') {
			warn_msg("%s: bad path in %s", node, conf_path);
			free(node);
			break;
		}
		if (remove && r->cmd && (r->when == '$' || r->when == '*'))
			run(r->cmd, ev, node);
		if (has_dev && r->op != '!')
			node_op(add, remove, node, r->op == '>' ? devname : NULL, subsystem, maj, min,
				r->uid, r->gid, r->mode);
		if (add && r->cmd && (r->when == '@' || r->when == '*'))
			run(r->cmd, ev, node);
		free(node);
		if (!r->cont)
			break;
	}
	free(slashed);
	if (!matched && has_dev)	/* no rule: the default node */
		node_op(add, remove, devname, NULL, subsystem, maj, min, 0, 0, 0660);
}

/* --- sources of events -------------------------------------------------------------- */

/* A device directory of sysfs (path under SYSDIR) as an "add" event, from its uevent
 * file (MAJOR, MINOR, DEVNAME, ...) or its dev file. */
static void scan_device(const char *dir, const char *subsystem)
{
	char path[PATH_MAX], buf[4096];
	struct event ev = { 0 };
	snprintf(path, sizeof path, "%s/uevent", dir);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n = fd >= 0 ? safe_read(fd, buf, sizeof buf - 1) : -1;
	if (fd >= 0)
		close(fd);
	if (n > 0) {
		buf[n] = 0;
		for (char *save, *l = strtok_r(buf, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
			char *eq = strchr(l, '=');
			if (eq) {
				*eq = 0;
				ev_set(&ev, l, eq + 1);
			}
		}
	}
	if (!ev_get(&ev, "MAJOR")) {
		unsigned maj, min;
		snprintf(path, sizeof path, "%s/dev", dir);
		fd = open(path, O_RDONLY | O_CLOEXEC);
		n = fd >= 0 ? safe_read(fd, buf, sizeof buf - 1) : -1;
		if (fd >= 0)
			close(fd);
		if (n <= 0)
			goto out;
		buf[n] = 0;
		if (sscanf(buf, "%u:%u", &maj, &min) != 2)
			goto out;
		snprintf(buf, sizeof buf, "%u", maj);
		ev_set(&ev, "MAJOR", buf);
		snprintf(buf, sizeof buf, "%u", min);
		ev_set(&ev, "MINOR", buf);
	}
	/* the subsystem: the "subsystem" link's name, else what the caller knows */
	snprintf(path, sizeof path, "%s/subsystem", dir);
	n = readlink(path, buf, sizeof buf - 1);
	if (n > 0) {
		buf[n] = 0;
		char *slash = strrchr(buf, '/');
		subsystem = slash ? slash + 1 : buf;
	}
	if (subsystem)
		ev_set(&ev, "SUBSYSTEM", subsystem);
	ev_set(&ev, "ACTION", "add");
	/* DEVPATH as the kernel gives it: relative to /sys, links resolved when possible */
	char *real = realpath(dir, NULL), *rsys = realpath(sysdir, NULL);
	const char *devpath = dir + strlen(sysdir);
	if (real && rsys && !strncmp(real, rsys, strlen(rsys)) && real[strlen(rsys)] == '/')
		devpath = real + strlen(rsys);
	ev_set(&ev, "DEVPATH", devpath);
	free(real);
	free(rsys);
	handle(&ev);
out:
	ev_free(&ev);
}

/* Each entry of SYSDIR/sub as a device; with parts, its partitions too (/sys/block). */
static int scan_dir(const char *sub, const char *subsystem, int parts)
{
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/%s", sysdir, sub);
	DIR *d = opendir(path);
	if (!d)
		return -1;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char dev[PATH_MAX];
		if (snprintf(dev, sizeof dev, "%s/%s", path, e->d_name) >= (int)sizeof dev)
			continue;
		scan_device(dev, subsystem);
		if (parts) {
			DIR *pd = opendir(dev);
			struct dirent *pe;
			while (pd && (pe = readdir(pd))) {
				char part[PATH_MAX + 256];
				struct stat st;
				if (pe->d_name[0] == '.')
					continue;
				if (snprintf(part, sizeof part, "%s/%s/partition", dev, pe->d_name) <
				    (int)sizeof part && stat(part, &st) == 0) {
					snprintf(part, sizeof part, "%s/%s", dev, pe->d_name);
					scan_device(part, subsystem);
				}
			}
			if (pd)
				closedir(pd);
		}
	}
	closedir(d);
	return 0;
}

static void scan(void)
{
	if (scan_dir("dev/block", "block", 0) == 0) {
		scan_dir("dev/char", NULL, 0);
		return;
	}
	/* older kernels: /sys/block with partitions inside, /sys/class/NAME/DEVICE */
	scan_dir("block", "block", 1);
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/class", sysdir);
	DIR *d = opendir(path);
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (e->d_name[0] == '.' || !strcmp(e->d_name, "block"))
			continue;
		char sub[PATH_MAX];
		snprintf(sub, sizeof sub, "class/%s", e->d_name);
		scan_dir(sub, e->d_name, 0);
	}
	if (d)
		closedir(d);
}

static void from_environ(void)
{
	extern char **environ;
	struct event ev = { 0 };
	for (char **e = environ; *e; e++) {
		char *eq = strchr(*e, '=');
		if (!eq)
			continue;
		char *key = xmalloc(eq - *e + 1);
		memcpy(key, *e, eq - *e);
		key[eq - *e] = 0;
		ev_set(&ev, key, eq + 1);
		free(key);
	}
	/* The kernel starts one helper per event, all at once. If DEVDIR/mdev.seq exists
	 * (BusyBox's convention), take turns by SEQNUM: wait (at most 2 s) until it holds
	 * ours, then write the next one. */
	const char *seq = ev_get(&ev, "SEQNUM");
	char seq_path[PATH_MAX];
	snprintf(seq_path, sizeof seq_path, "%s/mdev.seq", devdir);
	int use_seq = seq && access(seq_path, F_OK) == 0;
	for (int tries = 0; use_seq && tries < 200; tries++) {
		char buf[32];
		int fd = open(seq_path, O_RDONLY | O_CLOEXEC);
		ssize_t n = fd >= 0 ? safe_read(fd, buf, sizeof buf - 1) : -1;
		if (fd >= 0)
			close(fd);
		if (n <= 0)
			break;	/* empty: no turn taken yet */
		buf[n] = 0;
		if (strtoull(buf, NULL, 10) >= strtoull(seq, NULL, 10))
			break;
		usleep(10000);
	}
	handle(&ev);
	if (use_seq) {
		char next[32];
		snprintf(next, sizeof next, "%llu\n", strtoull(seq, NULL, 10) + 1);
		put_attr(seq_path, next);
	}
	ev_free(&ev);
}

/* Kernel uevents: "ACTION@DEVPATH\0KEY=VALUE\0...". */
static void daemon_loop(int sock)
{
	static char buf[16384 + 1];
	for (;;) {
		struct nl_addr from;
		socklen_t fl = sizeof from;
		ssize_t n = recvfrom(sock, buf, sizeof buf - 1, 0, (struct sockaddr *)&from, &fl);
		if (n < 0) {
			if (errno == EINTR || errno == ENOBUFS)	/* ENOBUFS: events were lost */
				continue;
			die_errno("netlink");
		}
		if (from.pid != 0 || !memchr(buf, '@', n))
			continue;	/* only the kernel's own messages */
		buf[n] = 0;
		struct event ev = { 0 };
		for (char *s = buf + strlen(buf) + 1; s < buf + n; s += strlen(s) + 1) {
			char *eq = strchr(s, '=');
			if (!eq)
				continue;
			*eq = 0;
			ev_set(&ev, s, eq + 1);
		}
		handle(&ev);
		ev_free(&ev);
	}
}

int mdev_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "sdfS:D:c:F:");
	int c, do_scan = 0, daemon = 0, fg = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 's': do_scan = 1; break;
		case 'd': daemon = 1; break;
		case 'f': fg = 1; break;
		case 'S': sysdir = o.arg; break;
		case 'D': devdir = o.arg; break;
		case 'c': conf_path = o.arg; break;
		case 'F': fwdir = o.arg; break;
		default: return usage();
		}
	/* as the hotplug helper the kernel passes the subsystem, also in $SUBSYSTEM */
	if (o.ind < argc - (!do_scan && !daemon)) {
		warn_msg("extra operand '%s'", argv[argc - 1]);
		return usage();
	}
	umask(0);	/* the rules' modes are meant exactly */
	signal(SIGCHLD, SIG_DFL);
	if (!do_scan && !daemon) {
		from_environ();
		return 0;
	}
	int sock = -1;
	if (daemon) {
		/* open the socket first: no event between the scan and the loop is lost */
		struct nl_addr a = { .family = AF_NETLINK, .groups = 1 };
		int size = 4 << 20;
		sock = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_KOBJECT_UEVENT);
		if (sock < 0 || bind(sock, (struct sockaddr *)&a, sizeof a) < 0)
			die_errno("uevent netlink socket");
		if (setsockopt(sock, SOL_SOCKET, 33 /* SO_RCVBUFFORCE */, &size, sizeof size) < 0)
			setsockopt(sock, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
	}
	if (do_scan) {
		struct stat st;
		if (stat(sysdir, &st) < 0)
			die_errno("%s", sysdir);
		scan();
	}
	if (!daemon)
		return 0;
	if (!fg) {
		pid_t pid = fork();
		if (pid < 0)
			die_errno("fork");
		if (pid)
			return 0;
		setsid();
		int null = open("/dev/null", O_RDWR);
		if (null >= 0) {
			dup2(null, 0);
			dup2(null, 1);
			if (null > 2)
				close(null);
		}
	}
	daemon_loop(sock);
	return 1;
}
