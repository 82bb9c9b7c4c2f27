#include <grp.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "pwf.h"

static char *line;
static size_t cap;
static struct group gr;
static char **mem;
static size_t nmem;
static FILE *ent;

/* Parse into the static group, growing the member array as the line needs. */
static int parse(void)
{
	int n;
	char *copy = 0;
	for (;;) {
		/* Parsing cuts the line, so a retry needs the original text. */
		if (!copy && !(copy = strdup(line))) return -1;
		n = __parse_gr(line, &gr, mem, nmem);
		if (n < 0 || (size_t)n <= nmem) break;
		char **m = realloc(mem, n * sizeof *m);
		if (!m) {
			n = -1;
			break;
		}
		mem = m;
		nmem = n;
		strcpy(line, copy);
	}
	free(copy);
	return n < 0 ? -1 : 0;
}

static int search(const char *name, gid_t gid, struct group **res)
{
	*res = 0;
	FILE *f = __open_db("/etc/group");
	if (!f) return errno == ENOENT ? 0 : errno;
	int e = errno;
	while (getline(&line, &cap, f) >= 0) {
		if (parse()) continue;
		if (name ? !strcmp(name, gr.gr_name) : gid == gr.gr_gid) {
			*res = &gr;
			break;
		}
	}
	int err = ferror(f) ? errno : 0;
	fclose(f);
	errno = e;
	return err;
}

struct group *getgrnam(const char *name)
{
	struct group *r;
	int e = search(name, 0, &r);
	if (e) errno = e;
	return r;
}

struct group *getgrgid(gid_t gid)
{
	struct group *r;
	int e = search(0, gid, &r);
	if (e) errno = e;
	return r;
}

static int copy_out(struct group *src, struct group *g, char *buf, size_t size,
	struct group **res)
{
	size_t n = 0, need;
	while (src->gr_mem[n]) n++;
	/* Pointer array first (aligned), then the strings. */
	uintptr_t a = ((uintptr_t)buf + sizeof(char *) - 1) & -sizeof(char *);
	need = (a - (uintptr_t)buf) + (n + 1) * sizeof(char *);
	need += strlen(src->gr_name) + strlen(src->gr_passwd) + 2;
	for (size_t i = 0; i < n; i++) need += strlen(src->gr_mem[i]) + 1;
	if (need > size) return ERANGE;
	char **m = (char **)a, *p = (char *)(m + n + 1);
	g->gr_gid = src->gr_gid;
	g->gr_name = strcpy(p, src->gr_name);
	p += strlen(p) + 1;
	g->gr_passwd = strcpy(p, src->gr_passwd);
	p += strlen(p) + 1;
	for (size_t i = 0; i < n; i++) {
		m[i] = strcpy(p, src->gr_mem[i]);
		p += strlen(p) + 1;
	}
	m[n] = 0;
	g->gr_mem = m;
	*res = g;
	return 0;
}

int getgrnam_r(const char *name, struct group *g, char *buf, size_t size, struct group **res)
{
	struct group *r;
	int e = search(name, 0, &r);
	*res = 0;
	return e ? e : r ? copy_out(r, g, buf, size, res) : 0;
}

int getgrgid_r(gid_t gid, struct group *g, char *buf, size_t size, struct group **res)
{
	struct group *r;
	int e = search(0, gid, &r);
	*res = 0;
	return e ? e : r ? copy_out(r, g, buf, size, res) : 0;
}

void setgrent(void)
{
	if (ent) rewind(ent);
}

void endgrent(void)
{
	if (ent) fclose(ent);
	ent = 0;
}

struct group *getgrent(void)
{
	if (!ent && !(ent = __open_db("/etc/group"))) return 0;
	while (getline(&line, &cap, ent) >= 0)
		if (!parse()) return &gr;
	return 0;
}
