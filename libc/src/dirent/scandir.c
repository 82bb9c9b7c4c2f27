#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

int scandir(const char *path, struct dirent ***res, int (*sel)(const struct dirent *),
	int (*cmp)(const struct dirent **, const struct dirent **))
{
	DIR *d = opendir(path);
	struct dirent *de, **v = 0;
	size_t n = 0, cap = 0;
	if (!d) return -1;
	int e = errno;
	errno = 0;
	while ((de = readdir(d))) {
		if (sel && !sel(de)) continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 32;
			struct dirent **nv = realloc(v, cap * sizeof *v);
			if (!nv) break;
			v = nv;
		}
		if (!(v[n] = malloc(de->d_reclen))) break;
		memcpy(v[n++], de, de->d_reclen);
	}
	closedir(d);
	if (errno) {
		while (n) free(v[--n]);
		free(v);
		return -1;
	}
	errno = e;
	if (cmp) qsort(v, n, sizeof *v, (int (*)(const void *, const void *))cmp);
	*res = v;
	return n;
}

int alphasort(const struct dirent **a, const struct dirent **b)
{
	return strcoll((*a)->d_name, (*b)->d_name);
}

int versionsort(const struct dirent **a, const struct dirent **b)
{
	return strverscmp((*a)->d_name, (*b)->d_name);
}
