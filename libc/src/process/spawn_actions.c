#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "spawn_impl.h"

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *fa)
{
	memset(fa, 0, sizeof *fa);
	return 0;
}

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *fa)
{
	for (int i = 0; i < fa->__used; i++) free(fa->__actions[i].path);
	free(fa->__actions);
	memset(fa, 0, sizeof *fa);
	return 0;
}

static struct __spawn_action *add(posix_spawn_file_actions_t *fa, int op)
{
	if (fa->__used == fa->__cap) {
		int cap = fa->__cap ? 2 * fa->__cap : 8;
		struct __spawn_action *a = realloc(fa->__actions, cap * sizeof *a);
		if (!a) return 0;
		fa->__actions = a;
		fa->__cap = cap;
	}
	struct __spawn_action *a = &fa->__actions[fa->__used++];
	memset(a, 0, sizeof *a);
	a->op = op;
	return a;
}

int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *restrict fa, int fd,
	const char *restrict path, int flags, mode_t mode)
{
	if (fd < 0) return EBADF;
	char *p = strdup(path);
	struct __spawn_action *a = p ? add(fa, SA_OPEN) : 0;
	if (!a) {
		free(p);
		return ENOMEM;
	}
	a->fd = fd, a->path = p, a->flags = flags, a->mode = mode;
	return 0;
}

int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *fa, int fd)
{
	if (fd < 0) return EBADF;
	struct __spawn_action *a = add(fa, SA_CLOSE);
	if (!a) return ENOMEM;
	a->fd = fd;
	return 0;
}

int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *fa, int fd, int to)
{
	if (fd < 0 || to < 0) return EBADF;
	struct __spawn_action *a = add(fa, SA_DUP2);
	if (!a) return ENOMEM;
	a->fd = fd, a->to = to;
	return 0;
}

int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *restrict fa,
	const char *restrict path)
{
	char *p = strdup(path);
	struct __spawn_action *a = p ? add(fa, SA_CHDIR) : 0;
	if (!a) {
		free(p);
		return ENOMEM;
	}
	a->path = p;
	return 0;
}

int posix_spawn_file_actions_addfchdir_np(posix_spawn_file_actions_t *fa, int fd)
{
	struct __spawn_action *a = add(fa, SA_FCHDIR);
	if (!a) return ENOMEM;
	a->fd = fd;
	return 0;
}
