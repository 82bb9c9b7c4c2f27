/* pathchk - check whether file names are valid or portable
 *
 * APPLET(pathchk, USR_BIN)
 * usage: pathchk [-pP] NAME...
 *
 * Check each NAME against the limits of the file system it would be on (the longest
 * name and component, and that existing directories on the way can be searched).
 *
 * -p  check for POSIX portability instead: components of at most 14 bytes, names of at
 *     most 255, only the characters A-Z a-z 0-9 . _ -
 * -P  also reject empty names and components starting with '-'
 * --portability  both -p and -P
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

static int check(const char *name, int posix, int extra)
{
	size_t len = strlen(name);
	if (extra && !len) {
		warn_msg("empty file name");
		return 1;
	}
	if (extra)
		for (const char *p = name; *p; p++)
			if (*p == '-' && (p == name || p[-1] == '/')) {
				warn_msg("leading '-' in a component of file name '%s'", name);
				return 1;
			}
	if (posix) {
		for (const char *p = name; *p; p++)
			if (!strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
				    "0123456789._-/", *p)) {
				warn_msg("nonportable character '%c' in file name '%s'", *p, name);
				return 1;
			}
	} else if (!len) {
		errno = ENOENT;
		warn_errno("''");
		return 1;
	}
	size_t path_max = posix ? 256 : PATH_MAX;
	if (len >= path_max) {
		warn_msg("limit %zu exceeded by length %zu of file name '%s'", path_max - 1, len,
			 name);
		return 1;
	}
	/* each component, against NAME_MAX of the directory holding it */
	char *dir = xstrdup(name);
	const char *p = name;
	int status = 0;
	int exists = 1;
	while (*p) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		size_t n = strcspn(p, "/");
		long name_max = 14;
		if (!posix) {
			size_t dl = p - name;
			memcpy(dir, name, dl);
			dir[dl] = 0;
			const char *d = dl ? dir : ".";
			name_max = NAME_MAX;
			if (exists) {
				struct stat st;
				if (stat(d, &st))
					exists = 0;
				else {
					if (S_ISDIR(st.st_mode) && access(d, X_OK)) {
						warn_errno("'%s'", d);
						status = 1;
						break;
					}
					errno = 0;
					long v = pathconf(d, _PC_NAME_MAX);
					if (v > 0)
						name_max = v;
				}
			}
		}
		if ((long)n > name_max) {
			char *comp = xmalloc(n + 1);
			memcpy(comp, p, n);
			comp[n] = 0;
			warn_msg("limit %ld exceeded by length %zu of file name component '%s'",
				 name_max, n, comp);
			free(comp);
			status = 1;
			break;
		}
		p += n;
	}
	free(dir);
	return status;
}

int pathchk_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "pPB(portability)");
	int c, posix = 0, extra = 0, status = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'p': posix = 1; break;
		case 'P': extra = 1; break;
		case 'B': posix = extra = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing operand");
		return usage();
	}
	for (int i = 0; i < argc; i++)
		status |= check(argv[i], posix, extra);
	return status;
}
