/* realpath - print resolved absolute names
 *
 * APPLET(realpath, USR_BIN)
 * usage: realpath [-eLmPqsz] [--relative-to=DIR] NAME...
 *
 * Print the absolute name of each NAME with ".", ".." and symbolic links resolved.
 * Every component but the last must exist.
 *
 * -e  every component must exist      -m  no component needs to exist
 * -s  don't resolve symbolic links (-L -s: resolve .. first, lexically)
 * -P  resolve symbolic links (the default)
 * -q  don't print errors              -z  end each line with NUL instead of newline
 * --relative-to=DIR  print names relative to DIR
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"
#include "fs.h"

static char *cwd(void)
{
	size_t cap = 256;
	for (;;) {
		char *buf = xmalloc(cap);
		if (getcwd(buf, cap))
			return buf;
		free(buf);
		if (errno != ERANGE)
			return 0;
		cap *= 2;
	}
}

/* res holds an absolute path; drop its last component. */
static void up(char *res)
{
	char *s = strrchr(res, '/');
	if (s == res)
		res[1] = 0;
	else if (s)
		*s = 0;
}

char *fs_canonicalize(const char *path, int need, int follow)
{
	if (!*path) {
		errno = ENOENT;
		return 0;
	}
	char *res;
	if (path[0] == '/')
		res = xstrdup("/");
	else if (!(res = cwd()))
		return 0;
	size_t cap = strlen(res) + strlen(path) + 2;
	res = xrealloc(res, cap);
	char *rest = xstrdup(path);	/* what is left to resolve */
	size_t pos = 0;			/* where in rest */
	int links = 0, missing = 0;
	for (;;) {
		while (rest[pos] == '/')
			pos++;
		if (!rest[pos])
			break;
		size_t len = strcspn(rest + pos, "/");
		const char *comp = rest + pos;
		size_t next = pos + len;
		pos = next;
		if (len == 1 && comp[0] == '.')
			continue;
		if (len == 2 && comp[0] == '.' && comp[1] == '.') {
			up(res);
			continue;
		}
		size_t rl = strlen(res);
		if (rl + len + 2 > cap)
			res = xrealloc(res, cap = (rl + len + 2) * 2);
		if (rl > 1)
			res[rl++] = '/';
		memcpy(res + rl, comp, len);
		res[rl + len] = 0;
		size_t after = next;
		while (rest[after] == '/')
			after++;
		int last = !rest[after];
		if (missing)
			continue;
		struct stat st;
		if (lstat(res, &st)) {
			if (errno == ENOENT && (need == 'm' || (need == 'f' && last))) {
				missing = 1;
				continue;
			}
			goto fail;
		}
		if (S_ISLNK(st.st_mode) && follow) {
			if (++links > 40) {
				errno = ELOOP;
				goto fail;
			}
			size_t tcap = st.st_size > 0 ? (size_t)st.st_size + 1 : PATH_MAX;
			char *target;
			ssize_t n;
			for (;;) {
				target = xmalloc(tcap);
				n = readlink(res, target, tcap);
				if (n < 0) {
					free(target);
					goto fail;
				}
				if ((size_t)n < tcap)
					break;
				free(target);
				tcap *= 2;
			}
			target[n] = 0;
			if (target[0] == '/')
				res[1] = 0, res[0] = '/';
			else
				up(res);
			size_t rlen = strlen(rest + next);
			char *nr = xmalloc(n + rlen + 2);
			memcpy(nr, target, n);
			nr[n] = '/';
			memcpy(nr + n + 1, rest + next, rlen + 1);
			free(target);
			free(rest);
			rest = nr;
			pos = 0;
			continue;
		}
		if (!S_ISDIR(st.st_mode) && !S_ISLNK(st.st_mode) && !last) {
			if (need == 'm') {
				missing = 1;
				continue;
			}
			errno = ENOTDIR;
			goto fail;
		}
	}
	free(rest);
	return res;
fail:;
	int e = errno;
	free(rest);
	free(res);
	errno = e;
	return 0;
}

char *fs_relative(const char *from, const char *to)
{
	/* the common leading components */
	size_t i = 0, common = 0;
	for (;; i++) {
		char a = from[i], b = to[i];
		if ((!a || a == '/') && (!b || b == '/'))
			common = i;
		if (!a || !b || a != b)
			break;
	}
	const char *rest_from = from + common, *rest_to = to + common;
	if (!from[1]) {		/* from is / */
		rest_from = "";
		rest_to = to;
	}
	size_t ups = 0;
	for (const char *p = rest_from; *p; p++)
		if (*p == '/')
			ups++;
	while (*rest_to == '/')
		rest_to++;
	char *r = xmalloc(ups * 3 + strlen(rest_to) + 2);
	char *w = r;
	for (size_t k = 0; k < ups; k++) {
		memcpy(w, "../", 3);
		w += 3;
	}
	strcpy(w, rest_to);
	w += strlen(w);
	if (w > r && w[-1] == '/')
		*--w = 0;
	if (w == r)
		strcpy(r, ".");
	return r;
}

int realpath_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"e(canonicalize-existing)Lm(canonicalize-missing)Pq(quiet)s(strip)z(zero)"
		"\001(relative-to):");
	int c, need = 'f', follow = 1, quiet = 0, eol = '\n', status = 0;
	const char *rel = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'e': case 'm': need = c; break;
		case 'L': break;
		case 'P': follow = 1; break;
		case 's': follow = 0; break;
		case 'q': quiet = 1; break;
		case 'z': eol = 0; break;
		case 1: rel = o.arg; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing operand");
		return usage();
	}
	char *base = 0;
	if (rel && !(base = fs_canonicalize(rel, need, follow))) {
		warn_errno("%s", rel);
		return 1;
	}
	for (int i = 0; i < argc; i++) {
		char *r = fs_canonicalize(argv[i], need, follow);
		if (r && base) {
			char *t = fs_relative(base, r);
			free(r);
			r = t;
		}
		if (!r) {
			if (!quiet)
				warn_errno("%s", argv[i]);
			status = 1;
			continue;
		}
		fputs(r, stdout);
		putchar(eol);
		free(r);
	}
	free(base);
	return status;
}
