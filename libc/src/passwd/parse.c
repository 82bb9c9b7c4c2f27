#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include "pwf.h"

FILE *__open_db(const char *path)
{
	return fopen(path, "re");
}

/* Cut the next ':'-separated field; returns it, or 0 if the line ran out. */
static char *field(char **s)
{
	char *f = *s;
	if (!f) return 0;
	char *c = strchr(f, ':');
	if (c) {
		*c = 0;
		*s = c + 1;
	} else {
		*s = 0;
	}
	return f;
}

static int number(const char *s, unsigned *v)
{
	char *end;
	if (!*s || *s == '-' || *s == '+' || *s == ' ') return -1;
	errno = 0;
	unsigned long n = strtoul(s, &end, 10);
	if (*end || errno || n > 0xffffffffUL) return -1;
	*v = n;
	return 0;
}

int __parse_pw(char *line, struct passwd *pw)
{
	char *s = line, *uid, *gid;
	line[strcspn(line, "\n")] = 0;
	if (!(pw->pw_name = field(&s)) || !(pw->pw_passwd = field(&s)) ||
		!(uid = field(&s)) || !(gid = field(&s)) || !(pw->pw_gecos = field(&s)) ||
		!(pw->pw_dir = field(&s)) || !(pw->pw_shell = field(&s)))
		return -1;
	if (number(uid, &pw->pw_uid) || number(gid, &pw->pw_gid)) return -1;
	return 0;
}

int __parse_gr(char *line, struct group *gr, char **mem, size_t nmem)
{
	char *s = line, *gid, *m;
	line[strcspn(line, "\n")] = 0;
	if (!(gr->gr_name = field(&s)) || !(gr->gr_passwd = field(&s)) || !(gid = field(&s)))
		return -1;
	if (number(gid, &gr->gr_gid)) return -1;
	m = s ? s : "";
	size_t n = 0;
	if (*m) {
		for (char *p = m; ; ) {
			char *c = strchr(p, ',');
			if (n + 1 < nmem) mem[n] = p;
			n++;
			if (!c) break;
			if (n < nmem) *c = 0;
			p = c + 1;
		}
	}
	if (n < nmem) mem[n] = 0;
	gr->gr_mem = mem;
	return n + 1;
}
