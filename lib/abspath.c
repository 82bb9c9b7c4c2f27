/* abspath.c: a path made absolute by prefixing the working directory (no symlinks
 * resolved, the file need not exist), for daemons that chdir("/") after reading their
 * arguments. */
#include <limits.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

char *abs_path(const char *p)
{
	char cwd[PATH_MAX];
	if (*p == '/' || !getcwd(cwd, sizeof cwd))
		return xstrdup(p);
	size_t n = strlen(cwd);
	char *out = xmalloc(n + strlen(p) + 2);
	memcpy(out, cwd, n);
	out[n] = '/';
	strcpy(out + n + 1, p);
	return out;
}
