#include <ftw.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

typedef int (*nftw_fn)(const char *, const struct stat *, int, struct FTW *);

struct walk {
	char path[PATH_MAX];
	nftw_fn fn;
	int flags;
	dev_t dev;
	int fds, maxfds;
};

/* path holds the entry's name ending at len; base is where its last component
 * starts. Directories are read to the end before descending so that at most
 * one directory stream per level is open, up to fd_limit of them. */
static int walk(struct walk *w, size_t len, int base, int level)
{
	struct stat st;
	int type, r;
	int follow = !(w->flags & FTW_PHYS);
	if ((follow ? stat : lstat)(w->path, &st) < 0) {
		if (follow && errno == ENOENT && lstat(w->path, &st) == 0) type = FTW_SLN;
		else if (errno == EACCES || errno == ENOENT || errno == ELOOP) type = FTW_NS;
		else return -1;
	} else if (S_ISDIR(st.st_mode)) {
		type = access(w->path, R_OK) == 0 ? FTW_D : FTW_DNR;
	} else if (S_ISLNK(st.st_mode)) {
		type = FTW_SL;
	} else {
		type = FTW_F;
	}
	if (w->flags & FTW_MOUNT && level && type != FTW_NS && st.st_dev != w->dev) return 0;
	if (!level) w->dev = st.st_dev;

	struct FTW f = { base, level };
	if (type == FTW_D && (w->flags & FTW_DEPTH)) type = FTW_DP;
	if (type != FTW_DP && (r = w->fn(w->path, &st, type, &f))) return r;
	if (type != FTW_D && type != FTW_DP) return 0;

	DIR *d = opendir(w->path);
	if (!d) {
		if (errno != EACCES) return -1;
		if (type == FTW_DP) return w->fn(w->path, &st, FTW_DNR, &f);
		return 0;
	}
	struct dirent *de;
	r = 0;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.' && (!de->d_name[1] || (de->d_name[1] == '.' && !de->d_name[2])))
			continue;
		size_t n = strlen(de->d_name);
		if (len + 1 + n >= sizeof w->path) {
			errno = ENAMETOOLONG;
			r = -1;
			break;
		}
		size_t sep = len && w->path[len - 1] == '/' ? len : len + 1;
		w->path[sep - 1] = '/';
		memcpy(w->path + sep, de->d_name, n + 1);
		r = walk(w, sep + n, sep, level + 1);
		w->path[len] = 0;
		if (r) break;
	}
	closedir(d);
	if (!r && type == FTW_DP) r = w->fn(w->path, &st, FTW_DP, &f);
	return r;
}

int nftw(const char *path, nftw_fn fn, int fd_limit, int flags)
{
	struct walk w;
	size_t len = strlen(path);
	if (len >= sizeof w.path) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(w.path, path, len + 1);
	w.fn = fn;
	w.flags = flags;
	w.maxfds = fd_limit;
	int base = len;
	while (base > 0 && w.path[base - 1] == '/') base--;
	while (base > 0 && w.path[base - 1] != '/') base--;
	return walk(&w, len, base, 0);
}

static int (*ftw_fn)(const char *, const struct stat *, int);

static int ftw_adapter(const char *p, const struct stat *st, int type, struct FTW *f)
{
	return ftw_fn(p, st, type);
}

int ftw(const char *path, int (*fn)(const char *, const struct stat *, int), int fd_limit)
{
	ftw_fn = fn;
	return nftw(path, ftw_adapter, fd_limit, FTW_PHYS);
}
