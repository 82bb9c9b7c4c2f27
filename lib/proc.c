/* Reading /proc: the process list, one process's stat/status/cmdline, terminal and
 * user names, uptime and meminfo. Shared by ps, pgrep, pkill, top, free and uptime. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "ring3.h"

static int cmp_pid(const void *a, const void *b)
{
	pid_t x = *(const pid_t *)a, y = *(const pid_t *)b;
	return (x > y) - (x < y);
}

pid_t *proc_pids(size_t *n)
{
	DIR *d = opendir("/proc");
	if (!d)
		return 0;
	size_t cap = 256, len = 0;
	pid_t *v = xmalloc(cap * sizeof *v);
	struct dirent *e;
	while ((e = readdir(d))) {
		const char *s = e->d_name;
		long pid = 0;
		for (; *s >= '0' && *s <= '9' && pid < 0x7fffffff; s++)
			pid = pid * 10 + (*s - '0');
		if (*s || !pid)
			continue;
		if (len == cap)
			v = xrealloc(v, (cap *= 2) * sizeof *v);
		v[len++] = (pid_t)pid;
	}
	closedir(d);
	qsort(v, len, sizeof *v, cmp_pid);
	*n = len;
	return v;
}

/* Reads a whole /proc file (they are small, but their st_size is 0). Returns a
 * NUL-terminated buffer and its length, or NULL if it cannot be read. */
char *proc_slurp(const char *path, size_t *lenp)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	size_t cap = 4096, len = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		if (cap - len < 2)
			buf = xrealloc(buf, cap *= 2);
		ssize_t r = safe_read(fd, buf + len, cap - len - 1);
		if (r < 0) {
			close(fd);
			free(buf);
			return 0;
		}
		if (!r)
			break;
		len += (size_t)r;
	}
	close(fd);
	buf[len] = 0;
	if (lenp)
		*lenp = len;
	return buf;
}

static unsigned long long num(char **s)
{
	char *p = *s;
	while (*p == ' ' || *p == '\t')
		p++;
	int neg = *p == '-';
	p += neg;
	unsigned long long v = 0;
	for (; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (unsigned)(*p - '0');
	while (*p && *p != ' ' && *p != '\t' && *p != '\n')
		p++;
	*s = p;
	return neg ? -v : v;
}

static int read_stat(pid_t pid, struct proc *p)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	char *buf = proc_slurp(path, 0);
	if (!buf)
		return -1;
	/* comm may hold anything, spaces and ')' included: it ends at the last ')' */
	char *open = strchr(buf, '('), *close = strrchr(buf, ')');
	if (!open || !close || close < open || !close[1]) {
		free(buf);
		errno = EINVAL;
		return -1;
	}
	size_t n = (size_t)(close - open - 1);
	if (n >= sizeof p->comm)
		n = sizeof p->comm - 1;
	memcpy(p->comm, open + 1, n);
	p->comm[n] = 0;
	char *s = close + 2;
	p->state = *s++;
	unsigned long long f[50];
	int i;
	for (i = 0; i < 50 && *s; i++)
		f[i] = num(&s);
	for (; i < 50; i++)
		f[i] = 0;
	/* f[0] is field 4 of proc(5), ppid */
	p->ppid = (pid_t)f[0];
	p->pgid = (pid_t)f[1];
	p->sid = (pid_t)f[2];
	p->tty = (unsigned)f[3];
	p->tpgid = (pid_t)f[4];
	p->flags = (unsigned long)f[5];
	p->utime = f[10];
	p->stime = f[11];
	p->priority = (long)f[14];
	p->nice = (long)f[15];
	p->threads = (long)f[16];
	p->start = f[18];
	p->vsize = f[19];
	p->rss = f[20];
	p->processor = (int)f[35];
	free(buf);
	return 0;
}

static void read_status(pid_t pid, struct proc *p)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	char *buf = proc_slurp(path, 0);
	if (!buf)
		return;
	for (char *line = buf; line && *line; line = strchr(line, '\n'), line = line ? line + 1 : 0) {
		char *s = strchr(line, ':');
		if (!s)
			continue;
		s++;
		if (!strncmp(line, "Uid:", 4)) {
			p->ruid = (uid_t)num(&s);
			p->euid = (uid_t)num(&s);
		} else if (!strncmp(line, "Gid:", 4)) {
			p->rgid = (gid_t)num(&s);
			p->egid = (gid_t)num(&s);
		} else if (!strncmp(line, "VmLck:", 6)) {
			p->vmlck = num(&s);
		}
	}
	free(buf);
}

static void read_cmdline(pid_t pid, struct proc *p)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/cmdline", (int)pid);
	size_t len = 0;
	char *buf = proc_slurp(path, &len);
	if (!buf) {
		buf = xstrdup("");
		len = 0;
	}
	while (len && !buf[len - 1])
		len--;
	buf[len] = 0;
	for (size_t i = 0; i < len; i++)
		if (!buf[i])
			buf[i] = ' ';
	p->cmdline = buf;
	p->cmdlen = len;
}

int proc_read(pid_t pid, struct proc *p, int what)
{
	memset(p, 0, sizeof *p);
	p->pid = pid;
	if (read_stat(pid, p))
		return -1;
	if (what & PROC_STATUS) {
		/* the directory's owner is the effective uid, should status vanish */
		char path[32];
		struct stat st;
		snprintf(path, sizeof path, "/proc/%d", (int)pid);
		if (!stat(path, &st)) {
			p->ruid = p->euid = st.st_uid;
			p->rgid = p->egid = st.st_gid;
		}
		read_status(pid, p);
	}
	if (what & PROC_CMDLINE)
		read_cmdline(pid, p);
	return 0;
}

void proc_free(struct proc *p)
{
	free(p->cmdline);
	p->cmdline = 0;
}

/* The kernel's tty_nr packs major and minor differently from dev_t. */
static unsigned tty_major(unsigned t) { return (t >> 8) & 0xfff; }
static unsigned tty_minor(unsigned t) { return (t & 0xff) | ((t >> 12) & 0xfff00); }

unsigned proc_tty_nr(dev_t dev)
{
	unsigned ma = major(dev), mi = minor(dev);
	return (mi & 0xff) | (ma & 0xfff) << 8 | (mi & ~0xffu) << 12;
}

/* Looks for a character device numbered tty under dir (one level); 0 if found. */
static int scan_dev(const char *dir, unsigned tty, char *buf, size_t len)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	struct dirent *e;
	int found = -1;
	while (found && (e = readdir(d))) {
		char path[300];
		struct stat st;
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (!lstat(path, &st) && S_ISCHR(st.st_mode) && proc_tty_nr(st.st_rdev) == tty
		    && strcmp(e->d_name, "tty") && strlen(e->d_name) < len) {
			strcpy(buf, e->d_name);
			found = 0;
		}
	}
	closedir(d);
	return found;
}

char *proc_tty_name(unsigned tty, char *buf, size_t len)
{
	static unsigned cached_nr;
	static char cached[64];
	unsigned ma = tty_major(tty), mi = tty_minor(tty);
	if (!tty)
		snprintf(buf, len, "?");
	else if (ma >= 136 && ma <= 143)
		snprintf(buf, len, "pts/%u", (ma - 136) * 256 + mi);
	else if (ma == 4 && mi < 64)
		snprintf(buf, len, "tty%u", mi);
	else if (ma == 4)
		snprintf(buf, len, "ttyS%u", mi - 64);
	else if (ma == 5 && mi == 1)
		snprintf(buf, len, "console");
	else if (cached_nr == tty)
		snprintf(buf, len, "%s", cached);
	else {
		if (scan_dev("/dev", tty, cached, sizeof cached))
			snprintf(cached, sizeof cached, "%u,%u", ma, mi);
		cached_nr = tty;
		snprintf(buf, len, "%s", cached);
	}
	return buf;
}

int proc_tty_parse(const char *name, unsigned *tty)
{
	char path[300];
	struct stat st;
	if (!strcmp(name, "?") || !strcmp(name, "-")) {
		*tty = 0;
		return 0;
	}
	const char *forms[] = { "%s", "/dev/%s", "/dev/tty%s", "/dev/pts/%s" };
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		if (i == 0 && name[0] != '/')
			continue;
		snprintf(path, sizeof path, forms[i], name);
		if (!stat(path, &st) && S_ISCHR(st.st_mode)) {
			*tty = proc_tty_nr(st.st_rdev);
			return 0;
		}
	}
	return -1;
}

/* uid and gid names, cached: ps asks for the same few hundreds of times */
struct idname {
	unsigned id;
	int group;
	char name[33];
};
static struct idname *names;
static size_t nnames;

static const char *id_name(unsigned id, int group)
{
	for (size_t i = 0; i < nnames; i++)
		if (names[i].id == id && names[i].group == group)
			return names[i].name;
	const char *s = 0;
	if (group) {
		struct group *g = getgrgid((gid_t)id);
		if (g)
			s = g->gr_name;
	} else {
		struct passwd *pw = getpwuid((uid_t)id);
		if (pw)
			s = pw->pw_name;
	}
	names = xrealloc(names, (nnames + 1) * sizeof *names);
	struct idname *n = &names[nnames++];
	n->id = id;
	n->group = group;
	if (s && strlen(s) < sizeof n->name)
		strcpy(n->name, s);
	else
		snprintf(n->name, sizeof n->name, "%u", id);
	return n->name;
}

const char *proc_user_name(uid_t uid) { return id_name((unsigned)uid, 0); }
const char *proc_group_name(gid_t gid) { return id_name((unsigned)gid, 1); }

static int parse_id(const char *s, unsigned *out)
{
	char *end;
	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (*end || errno || v > 0xffffffffUL)
		return -1;
	*out = (unsigned)v;
	return 0;
}

int proc_parse_user(const char *s, uid_t *uid)
{
	struct passwd *pw = getpwnam(s);
	unsigned v;
	if (pw)
		*uid = pw->pw_uid;
	else if (!parse_id(s, &v))
		*uid = (uid_t)v;
	else
		return -1;
	return 0;
}

int proc_parse_group(const char *s, gid_t *gid)
{
	struct group *g = getgrnam(s);
	unsigned v;
	if (g)
		*gid = g->gr_gid;
	else if (!parse_id(s, &v))
		*gid = (gid_t)v;
	else
		return -1;
	return 0;
}

double proc_uptime(void)
{
	char *buf = proc_slurp("/proc/uptime", 0);
	double up = 0;
	if (buf) {
		up = strtod(buf, 0);
		free(buf);
	}
	return up;
}

/* The figures /proc/loadavg shows, which procps prints: getloadavg may compute them
 * from sysinfo instead (glibc does), whose %.2f differs about once in a hundred. */
void proc_loadavg(double av[3])
{
	char *buf = proc_slurp("/proc/loadavg", 0);
	if (!buf || sscanf(buf, "%lf %lf %lf", &av[0], &av[1], &av[2]) != 3)
		if (getloadavg(av, 3) < 0)
			av[0] = av[1] = av[2] = 0;
	free(buf);
}

int proc_meminfo(struct meminfo *m)
{
	static const struct { const char *key; size_t off; } keys[] = {
		{ "MemTotal:", offsetof(struct meminfo, total) },
		{ "MemFree:", offsetof(struct meminfo, free) },
		{ "MemAvailable:", offsetof(struct meminfo, available) },
		{ "Buffers:", offsetof(struct meminfo, buffers) },
		{ "Cached:", offsetof(struct meminfo, cached) },
		{ "SReclaimable:", offsetof(struct meminfo, sreclaimable) },
		{ "Shmem:", offsetof(struct meminfo, shared) },
		{ "SwapTotal:", offsetof(struct meminfo, swap_total) },
		{ "SwapFree:", offsetof(struct meminfo, swap_free) },
	};
	char *buf = proc_slurp("/proc/meminfo", 0);
	if (!buf)
		return -1;
	memset(m, 0, sizeof *m);
	int have_avail = 0;
	for (char *line = buf; line && *line; line = strchr(line, '\n'), line = line ? line + 1 : 0)
		for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
			size_t kl = strlen(keys[i].key);
			if (!strncmp(line, keys[i].key, kl)) {
				char *s = line + kl;
				*(unsigned long long *)((char *)m + keys[i].off) = num(&s);
				have_avail |= i == 2;
			}
		}
	free(buf);
	/* what procps calls cache; kernels before 3.14 have no MemAvailable */
	m->cache = m->cached + m->sreclaimable;
	if (!have_avail)
		m->available = m->free;
	if (m->available > m->total)
		m->available = m->free;
	m->used = m->total - m->available;
	m->swap_used = m->swap_total > m->swap_free ? m->swap_total - m->swap_free : 0;
	return 0;
}
