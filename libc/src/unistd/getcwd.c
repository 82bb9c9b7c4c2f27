#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include "syscall.h"

char *getcwd(char *buf, size_t size)
{
	char *mine = 0;
	if (!buf) {
		/* glibc extension: allocate, at least as much as needed when size is 0. */
		if (size < PATH_MAX) size = PATH_MAX;
		if (!(buf = mine = malloc(size))) return 0;
	} else if (!size) {
		errno = EINVAL;
		return 0;
	}
	long r = __syscall(SYS_getcwd, buf, size);
	/* A directory outside our root comes back as "(unreachable)/...". */
	if (r >= 0 && (r == 0 || buf[0] != '/')) r = -ENOENT;
	if (r < 0) {
		free(mine);
		__syscall_ret(r);
		return 0;
	}
	if (mine) {
		char *p = realloc(mine, r);
		if (p) buf = p;
	}
	return buf;
}

char *get_current_dir_name(void)
{
	return getcwd(0, 0);
}
