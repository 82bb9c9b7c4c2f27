#include <shadow.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "pwf.h"

static char *line;
static size_t cap;
static struct spwd sp;
static FILE *ent;

/* name:pw:lastchg:min:max:warn:inactive:expire:flag; empty numbers are -1. */
static int parse(char *s, struct spwd *p)
{
	char *f[9];
	int n = 0;
	s[strcspn(s, "\n")] = 0;
	for (f[n++] = s; n < 9 && (s = strchr(s, ':')); f[n++] = ++s) *s = 0;
	if (n < 2) return -1;
	p->sp_namp = f[0];
	p->sp_pwdp = f[1];
	long *num[] = { &p->sp_lstchg, &p->sp_min, &p->sp_max, &p->sp_warn, &p->sp_inact, &p->sp_expire };
	for (int i = 0; i < 6; i++) *num[i] = 2 + i < n && *f[2 + i] ? strtol(f[2 + i], 0, 10) : -1;
	p->sp_flag = n == 9 && *f[8] ? strtoul(f[8], 0, 10) : (unsigned long)-1;
	return 0;
}

struct spwd *getspnam(const char *name)
{
	FILE *f = __open_db("/etc/shadow");
	struct spwd *r = 0;
	if (!f) return 0;
	while (getline(&line, &cap, f) >= 0)
		if (!parse(line, &sp) && !strcmp(sp.sp_namp, name)) {
			r = &sp;
			break;
		}
	fclose(f);
	return r;
}

int getspnam_r(const char *name, struct spwd *p, char *buf, size_t size, struct spwd **res)
{
	*res = 0;
	struct spwd *s = getspnam(name);
	if (!s) return errno == ENOENT ? 0 : errno;
	size_t a = strlen(s->sp_namp) + 1, b = strlen(s->sp_pwdp) + 1;
	if (a + b > size) return ERANGE;
	*p = *s;
	p->sp_namp = memcpy(buf, s->sp_namp, a);
	p->sp_pwdp = memcpy(buf + a, s->sp_pwdp, b);
	*res = p;
	return 0;
}

void setspent(void)
{
	if (ent) rewind(ent);
}

void endspent(void)
{
	if (ent) fclose(ent);
	ent = 0;
}

struct spwd *getspent(void)
{
	if (!ent && !(ent = __open_db("/etc/shadow"))) return 0;
	while (getline(&line, &cap, ent) >= 0)
		if (!parse(line, &sp)) return &sp;
	return 0;
}

int putspent(const struct spwd *p, FILE *f)
{
	char num[6][24];
	const long v[] = { p->sp_lstchg, p->sp_min, p->sp_max, p->sp_warn, p->sp_inact, p->sp_expire };
	for (int i = 0; i < 6; i++) {
		if (v[i] < 0) num[i][0] = 0;
		else snprintf(num[i], sizeof num[i], "%ld", v[i]);
	}
	char flag[24] = "";
	if (p->sp_flag != (unsigned long)-1) snprintf(flag, sizeof flag, "%lu", p->sp_flag);
	return fprintf(f, "%s:%s:%s:%s:%s:%s:%s:%s:%s\n", p->sp_namp, p->sp_pwdp ? p->sp_pwdp : "",
		num[0], num[1], num[2], num[3], num[4], num[5], flag) < 0 ? -1 : 0;
}
