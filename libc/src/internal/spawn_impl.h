#ifndef _SPAWN_IMPL_H
#define _SPAWN_IMPL_H

#include <bits/alltypes.h>

enum { SA_OPEN, SA_CLOSE, SA_DUP2, SA_CHDIR, SA_FCHDIR };

struct __spawn_action {
	int op, fd, to, flags;
	mode_t mode;
	char *path;
};

#endif
