/* pwdb: edit /etc/passwd, /etc/shadow, /etc/group and /etc/gshadow safely.
 *
 * The whole file is read into an array of lines, changed in memory, then written to
 * FILE+ (same owner and mode as FILE), fsynced and renamed over FILE, so a crash
 * leaves either the old file or the new one, never half of one. Writers serialise on
 * ROOT/etc/.pwd.lock with an fcntl lock, the file shadow-utils' lckpwdf uses.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

static int lock_fd = -1;

char *pwdb_path(const char *root, const char *name)
{
	size_t rl = root ? strlen(root) : 0;
	while (rl > 1 && root[rl - 1] == '/')
		rl--;
	if (rl == 1 && root[0] == '/')
		rl = 0;
	char *p = xmalloc(rl + strlen(name) + 2);
	if (rl)
		memcpy(p, root, rl);
	p[rl] = '/';
	strcpy(p + rl + 1, name[0] == '/' ? name + 1 : name);
	return p;
}

int pwdb_lock(const char *root)
{
	char *path = pwdb_path(root, "etc/.pwd.lock");
	int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0) {
		warn_errno("%s", path);
		free(path);
		return -1;
	}
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
	/* Another writer holds it only for the moment a rewrite takes: wait up to 15 s. */
	for (int tries = 0; fcntl(fd, F_SETLK, &fl) < 0; tries++) {
		if ((errno != EACCES && errno != EAGAIN) || tries == 150) {
			warn_errno("cannot lock %s", path);
			close(fd);
			free(path);
			return -1;
		}
		nanosleep(&(struct timespec){ 0, 100000000 }, 0);
	}
	free(path);
	lock_fd = fd;
	return 0;
}

void pwdb_unlock(void)
{
	if (lock_fd >= 0)
		close(lock_fd);
	lock_fd = -1;
}

int pwdb_load(struct pwdb *db, const char *root, const char *name)
{
	memset(db, 0, sizeof *db);
	db->path = pwdb_path(root, name);
	int fd = open(db->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT)
			return 0;
		warn_errno("%s", db->path);
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) < 0) {
		warn_errno("%s", db->path);
		close(fd);
		return -1;
	}
	db->exists = 1;
	db->mode = st.st_mode & 07777;
	db->uid = st.st_uid;
	db->gid = st.st_gid;
	struct lines l;
	char *s;
	size_t len;
	lines_init(&l, fd, '\n');
	while ((s = lines_next(&l, &len))) {
		if (memchr(s, 0, len)) {
			warn_msg("%s: line %zu: NUL byte", db->path, db->n + 1);
			break;
		}
		s[len] = 0;
		pwdb_set(db, -1, xstrdup(s));
	}
	int bad = s != 0;
	if (l.err) {
		warn_errno("%s", db->path);
		bad = 1;
	}
	lines_free(&l);
	close(fd);
	return bad ? -1 : 0;
}

/* Does line's first field equal key? */
static int key_is(const char *line, const char *key)
{
	size_t n = strlen(key);
	return !strncmp(line, key, n) && line[n] == ':';
}

ssize_t pwdb_find(const struct pwdb *db, const char *key)
{
	for (size_t i = 0; i < db->n; i++)
		if (key_is(db->line[i], key))
			return i;
	return -1;
}

ssize_t pwdb_find_id(const struct pwdb *db, unsigned long id)
{
	for (size_t i = 0; i < db->n; i++) {
		const char *p = strchr(db->line[i], ':');
		if (p && (p = strchr(p + 1, ':'))) {
			char *end;
			errno = 0;
			unsigned long v = strtoul(p + 1, &end, 10);
			if (end != p + 1 && *end == ':' && !errno && v == id)
				return i;
		}
	}
	return -1;
}

void pwdb_set(struct pwdb *db, ssize_t i, char *line)
{
	if (i < 0) {
		if (!line)
			return;
		if (db->n == db->cap)
			db->line = xrealloc(db->line, (db->cap = db->cap ? 2 * db->cap : 32) * sizeof *db->line);
		db->line[db->n++] = line;
		return;
	}
	free(db->line[i]);
	if (line) {
		db->line[i] = line;
		return;
	}
	memmove(db->line + i, db->line + i + 1, (db->n - i - 1) * sizeof *db->line);
	db->n--;
}

size_t pwdb_split(char *line, char **f, size_t max)
{
	size_t n = 0;
	f[n++] = line;
	while (n < max && (line = strchr(line, ':'))) {
		*line++ = 0;
		f[n++] = line;
	}
	for (size_t i = n; i < max; i++)
		f[i] = "";
	return n;
}

char *pwdb_join(char *const *f, size_t n)
{
	size_t len = 1;
	for (size_t i = 0; i < n; i++)
		len += strlen(f[i]) + 1;
	char *s = xmalloc(len), *p = s;
	for (size_t i = 0; i < n; i++) {
		if (i)
			*p++ = ':';
		p = stpcpy(p, f[i]);
	}
	*p = 0;
	return s;
}

int pwdb_save(struct pwdb *db, mode_t mode)
{
	size_t pl = strlen(db->path);
	char *tmp = xmalloc(pl + 2), *dir = xstrdup(db->path), *slash;
	int fd = -1, ok = 0;
	memcpy(tmp, db->path, pl);
	strcpy(tmp + pl, "+");
	if (db->exists)
		mode = db->mode;
	/* A FILE+ left by a crash is stale: we hold the lock. */
	unlink(tmp);
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		goto out;
	if (db->exists && (db->uid != geteuid() || db->gid != getegid()) && fchown(fd, db->uid, db->gid) < 0)
		goto out;
	if (fchmod(fd, mode) < 0)
		goto out;
	for (size_t i = 0; i < db->n; i++) {
		size_t n = strlen(db->line[i]);
		db->line[i][n] = '\n';	/* over the terminator: each line goes out in one write */
		ssize_t w = full_write(fd, db->line[i], n + 1);
		db->line[i][n] = 0;
		if (w < 0)
			goto out;
	}
	if (fsync(fd) < 0 || close(fd) < 0) {
		fd = -1;
		goto out;
	}
	fd = -1;
	if (rename(tmp, db->path) < 0)
		goto out;
	/* The rename lives in the directory: make it durable too. */
	if ((slash = strrchr(dir, '/')))
		slash[slash == dir] = 0;
	int dfd = open(slash ? dir : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	db->exists = 1;
	db->mode = mode;
	ok = 1;
out:
	if (!ok) {
		warn_errno("cannot write %s", db->path);
		if (fd >= 0)
			close(fd);
		unlink(tmp);
	}
	free(tmp);
	free(dir);
	return ok ? 0 : -1;
}

void pwdb_free(struct pwdb *db)
{
	for (size_t i = 0; i < db->n; i++)
		free(db->line[i]);
	free(db->line);
	free(db->path);
	memset(db, 0, sizeof *db);
}

long pwdb_today(void)
{
	return (long)(time(0) / 86400);
}

char *login_def(const char *root, const char *key)
{
	char *path = pwdb_path(root, "etc/login.defs"), *s, *val = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	free(path);
	if (fd < 0)
		return 0;
	struct lines l;
	size_t len, kl = strlen(key);
	lines_init(&l, fd, '\n');
	while (!val && (s = lines_next(&l, &len))) {
		s[len] = 0;
		s += strspn(s, " \t");
		if (strncmp(s, key, kl) || (s[kl] != ' ' && s[kl] != '\t'))
			continue;
		s += kl + strspn(s + kl, " \t");
		size_t n = strlen(s);
		while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
			n--;
		if (n >= 2 && s[0] == '"' && s[n - 1] == '"') {
			s++;
			n -= 2;
		}
		val = xmalloc(n + 1);
		memcpy(val, s, n);
		val[n] = 0;
	}
	lines_free(&l);
	close(fd);
	return val;
}

long login_def_num(const char *root, const char *key, long dflt)
{
	char *s = login_def(root, key), *end;
	long v = dflt;
	if (s) {
		errno = 0;
		long n = strtol(s, &end, 0);
		if (end != s && !*end && !errno)
			v = n;
		free(s);
	}
	return v;
}

char *pwdb_get_hash(const struct pwdb *pw, const struct pwdb *sp, const char *user)
{
	ssize_t i = pwdb_find(pw, user), j;
	char *f[7], *s, *r;
	if (i < 0)
		return 0;
	s = xstrdup(pw->line[i]);
	pwdb_split(s, f, 7);
	if (!strcmp(f[1], "x") && sp && (j = pwdb_find(sp, user)) >= 0) {
		free(s);
		s = xstrdup(sp->line[j]);
		pwdb_split(s, f, 7);
	}
	r = xstrdup(f[1]);
	free(s);
	return r;
}

int pwdb_set_hash(struct pwdb *pw, struct pwdb *sp, const char *user, const char *hash)
{
	ssize_t i = pwdb_find(pw, user), j;
	char *f[9], *s, today[24];
	if (i < 0)
		return -1;
	snprintf(today, sizeof today, "%ld", pwdb_today());
	if (sp && sp->exists) {
		if ((j = pwdb_find(sp, user)) >= 0) {
			s = xstrdup(sp->line[j]);
			size_t n = pwdb_split(s, f, 9);
			f[1] = (char *)hash;
			f[2] = today;
			pwdb_set(sp, j, pwdb_join(f, n < 3 ? 3 : n));
			free(s);
		} else {
			char *add[9] = { (char *)user, (char *)hash, today, "0", "99999", "7", "", "", "" };
			pwdb_set(sp, -1, pwdb_join(add, 9));
		}
		hash = "x";
	}
	s = xstrdup(pw->line[i]);
	size_t n = pwdb_split(s, f, 7);
	f[1] = (char *)hash;
	pwdb_set(pw, i, pwdb_join(f, n < 2 ? 2 : n));
	free(s);
	return 0;
}

/* The 4th field of group and gshadow lines is the comma-separated member list. */
static int member_has(const char *list, const char *user, size_t ul)
{
	for (const char *p = list; *p;) {
		size_t n = strcspn(p, ",");
		if (n == ul && !strncmp(p, user, ul))
			return 1;
		p += n + (p[n] == ',');
	}
	return 0;
}

int pwdb_member_add(struct pwdb *gr, ssize_t i, const char *user)
{
	char *f[4], *s = xstrdup(gr->line[i]);
	pwdb_split(s, f, 4);
	if (member_has(f[3], user, strlen(user))) {
		free(s);
		return 0;
	}
	char *list = xmalloc(strlen(f[3]) + strlen(user) + 2);
	sprintf(list, "%s%s%s", f[3], *f[3] ? "," : "", user);
	f[3] = list;
	pwdb_set(gr, i, pwdb_join(f, 4));
	free(list);
	free(s);
	return 1;
}

int pwdb_member_del(struct pwdb *gr, ssize_t i, const char *user)
{
	char *f[4], *s = xstrdup(gr->line[i]);
	size_t ul = strlen(user), n = pwdb_split(s, f, 4);
	if (n < 4 || !member_has(f[3], user, ul)) {
		free(s);
		return 0;
	}
	char *list = xmalloc(strlen(f[3]) + 1), *o = list;
	for (const char *p = f[3]; *p;) {
		size_t k = strcspn(p, ",");
		if (k && !(k == ul && !strncmp(p, user, ul))) {
			if (o != list)
				*o++ = ',';
			memcpy(o, p, k);
			o += k;
		}
		p += k + (p[k] == ',');
	}
	*o = 0;
	f[3] = list;
	pwdb_set(gr, i, pwdb_join(f, 4));
	free(list);
	free(s);
	return 1;
}

int pwdb_valid_name(const char *s)
{
	/* What shadow-utils and BusyBox accept: a letter or _ first, then letters, digits,
	 * _ . -, and a $ at the end for Samba machine accounts; at most 32 bytes. */
	size_t n = strlen(s);
	if (!n || n > 32 || !(isalpha((unsigned char)s[0]) || s[0] == '_'))
		return 0;
	for (size_t i = 1; i < n; i++)
		if (!isalnum((unsigned char)s[i]) && !strchr("_.-", s[i]) && !(s[i] == '$' && i == n - 1))
			return 0;
	return 1;
}

long pwdb_free_id(const struct pwdb *db, long lo, long hi, long want)
{
	if (want >= lo && want <= hi && pwdb_find_id(db, want) < 0)
		return want;
	for (long id = lo; id <= hi; id++)
		if (pwdb_find_id(db, id) < 0)
			return id;
	return -1;
}
