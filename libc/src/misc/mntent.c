#include <mntent.h>
#include <string.h>
#include <stdlib.h>

FILE *setmntent(const char *path, const char *mode)
{
	return fopen(path, mode);
}

int endmntent(FILE *f)
{
	if (f) fclose(f);
	return 1;
}

/* fstab/mtab escape blanks in fields as octal (\040); undo that in place. */
static char *unescape(char *s)
{
	char *r = s, *w = s;
	while (*r) {
		if (r[0] == '\\' && r[1] >= '0' && r[1] <= '3' && r[2] >= '0' && r[2] <= '7'
			&& r[3] >= '0' && r[3] <= '7') {
			*w++ = (r[1] - '0') << 6 | (r[2] - '0') << 3 | (r[3] - '0');
			r += 4;
		} else {
			*w++ = *r++;
		}
	}
	*w = 0;
	return s;
}

struct mntent *getmntent_r(FILE *f, struct mntent *m, char *buf, int len)
{
	while (fgets(buf, len, f)) {
		char *s = buf, *field[6] = { 0 };
		int n = 0;
		buf[strcspn(buf, "\n")] = 0;
		while (n < 6) {
			s += strspn(s, " \t");
			if (!*s || *s == '#') break;
			field[n++] = s;
			s += strcspn(s, " \t");
			if (*s) *s++ = 0;
		}
		if (n < 3) continue;	/* blank, comment or malformed */
		m->mnt_fsname = unescape(field[0]);
		m->mnt_dir = unescape(field[1]);
		m->mnt_type = unescape(field[2]);
		m->mnt_opts = field[3] ? unescape(field[3]) : "";
		m->mnt_freq = field[4] ? atoi(field[4]) : 0;
		m->mnt_passno = field[5] ? atoi(field[5]) : 0;
		return m;
	}
	return 0;
}

struct mntent *getmntent(FILE *f)
{
	static struct mntent m;
	static char buf[4096];
	return getmntent_r(f, &m, buf, sizeof buf);
}

int addmntent(FILE *f, const struct mntent *m)
{
	if (fseek(f, 0, SEEK_END)) return 1;
	return fprintf(f, "%s %s %s %s %d %d\n", m->mnt_fsname, m->mnt_dir, m->mnt_type,
		m->mnt_opts, m->mnt_freq, m->mnt_passno) < 0;
}

char *hasmntopt(const struct mntent *m, const char *opt)
{
	size_t n = strlen(opt);
	for (char *p = m->mnt_opts; p && *p; ) {
		if (!strncmp(p, opt, n) && (p[n] == 0 || p[n] == ',' || p[n] == '='))
			return p;
		p = strchr(p, ',');
		if (p) p++;
	}
	return 0;
}
