#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <sys/stat.h>

/* Resolve by walking the components: "." and ".." lexically against the resolved
 * prefix, symlinks by splicing their target in front of the unread rest. Needs
 * no /proc, so it works early in boot. */
char *realpath(const char *restrict path, char *restrict out)
{
	char res[PATH_MAX], rest[PATH_MAX], link[PATH_MAX];
	size_t rlen = 0;
	int links = 0;
	if (!path) {
		errno = EINVAL;
		return 0;
	}
	if (!*path) {
		errno = ENOENT;
		return 0;
	}
	size_t plen = strlen(path);
	if (plen >= sizeof rest) {
		errno = ENAMETOOLONG;
		return 0;
	}
	memcpy(rest, path, plen + 1);
	if (rest[0] != '/') {
		if (!getcwd(res, sizeof res)) return 0;
		rlen = strlen(res);
		if (rlen == 1) rlen = 0;	/* "/" is kept as the empty prefix */
	}
	char *p = rest;
	while (*p) {
		while (*p == '/') p++;
		if (!*p) break;
		char *e = strchrnul(p, '/');
		size_t n = e - p;
		if (n == 1 && p[0] == '.') {
			p = e;
			continue;
		}
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			while (rlen && res[--rlen] != '/');
			p = e;
			continue;
		}
		if (rlen + 1 + n >= sizeof res) {
			errno = ENAMETOOLONG;
			return 0;
		}
		res[rlen] = '/';
		memcpy(res + rlen + 1, p, n);
		res[rlen + 1 + n] = 0;
		struct stat st;
		if (lstat(res, &st)) return 0;
		if (S_ISLNK(st.st_mode)) {
			if (++links > SYMLOOP_MAX) {
				errno = ELOOP;
				return 0;
			}
			ssize_t l = readlink(res, link, sizeof link - 1);
			if (l < 0) return 0;
			size_t tail = strlen(e);
			if ((size_t)l + tail + 1 > sizeof rest) {
				errno = ENAMETOOLONG;
				return 0;
			}
			memmove(rest + l, e, tail + 1);
			memcpy(rest, link, l);
			p = rest;
			if (link[0] == '/') rlen = 0;
			continue;
		}
		if (*e && !S_ISDIR(st.st_mode)) {
			errno = ENOTDIR;
			return 0;
		}
		rlen += 1 + n;
		p = e;
	}
	if (!rlen) res[rlen++] = '/';
	res[rlen] = 0;
	if (!out) return strdup(res);
	memcpy(out, res, rlen + 1);
	return out;
}
