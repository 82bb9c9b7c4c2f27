#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "pwf.h"

/* Shared by getpwnam, getpwuid and getpwent: one line buffer and one struct. */
static char *line;
static size_t cap;
static struct passwd pw;
static FILE *ent;

/* Look up by name (if name) or by uid. Returns 0 or an error number;
 * *res is 0 when there is no such user. */
static int search(const char *name, uid_t uid, struct passwd **res)
{
	*res = 0;
	FILE *f = __open_db("/etc/passwd");
	if (!f) return errno == ENOENT ? 0 : errno;
	int e = errno;
	while (getline(&line, &cap, f) >= 0) {
		if (__parse_pw(line, &pw)) continue;
		if (name ? !strcmp(name, pw.pw_name) : uid == pw.pw_uid) {
			*res = &pw;
			break;
		}
	}
	int err = ferror(f) ? errno : 0;
	fclose(f);
	errno = e;
	return err;
}

struct passwd *getpwnam(const char *name)
{
	struct passwd *r;
	int e = search(name, 0, &r);
	if (e) errno = e;
	return r;
}

struct passwd *getpwuid(uid_t uid)
{
	struct passwd *r;
	int e = search(0, uid, &r);
	if (e) errno = e;
	return r;
}

/* The _r forms copy the found entry into the caller's buffer. */
static int copy_out(struct passwd *src, struct passwd *pw, char *buf, size_t size,
	struct passwd **res)
{
	char **from[] = { &src->pw_name, &src->pw_passwd, &src->pw_gecos, &src->pw_dir, &src->pw_shell };
	char **to[] = { &pw->pw_name, &pw->pw_passwd, &pw->pw_gecos, &pw->pw_dir, &pw->pw_shell };
	size_t need = 0;
	for (int i = 0; i < 5; i++) need += strlen(*from[i]) + 1;
	if (need > size) return ERANGE;
	for (int i = 0; i < 5; i++) {
		size_t n = strlen(*from[i]) + 1;
		memcpy(buf, *from[i], n);
		*to[i] = buf;
		buf += n;
	}
	pw->pw_uid = src->pw_uid;
	pw->pw_gid = src->pw_gid;
	*res = pw;
	return 0;
}

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size, struct passwd **res)
{
	struct passwd *r;
	int e = search(name, 0, &r);
	*res = 0;
	return e ? e : r ? copy_out(r, pw, buf, size, res) : 0;
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **res)
{
	struct passwd *r;
	int e = search(0, uid, &r);
	*res = 0;
	return e ? e : r ? copy_out(r, pw, buf, size, res) : 0;
}

void setpwent(void)
{
	if (ent) rewind(ent);
}

void endpwent(void)
{
	if (ent) fclose(ent);
	ent = 0;
}

struct passwd *getpwent(void)
{
	if (!ent && !(ent = __open_db("/etc/passwd"))) return 0;
	while (getline(&line, &cap, ent) >= 0)
		if (!__parse_pw(line, &pw)) return &pw;
	return 0;
}
