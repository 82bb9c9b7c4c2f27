#include <spawn.h>
#include <signal.h>
#include <string.h>
#include <errno.h>

int posix_spawnattr_init(posix_spawnattr_t *a)
{
	memset(a, 0, sizeof *a);
	return 0;
}

int posix_spawnattr_destroy(posix_spawnattr_t *a)
{
	return 0;
}

int posix_spawnattr_setflags(posix_spawnattr_t *a, short f)
{
	if (f & ~0xff) return EINVAL;
	a->__flags = f;
	return 0;
}

int posix_spawnattr_getflags(const posix_spawnattr_t *restrict a, short *restrict f)
{
	*f = a->__flags;
	return 0;
}

int posix_spawnattr_setpgroup(posix_spawnattr_t *a, pid_t g) { a->__pgrp = g; return 0; }
int posix_spawnattr_getpgroup(const posix_spawnattr_t *restrict a, pid_t *restrict g) { *g = a->__pgrp; return 0; }
int posix_spawnattr_setsigmask(posix_spawnattr_t *restrict a, const sigset_t *restrict m) { a->__mask = *m; return 0; }
int posix_spawnattr_getsigmask(const posix_spawnattr_t *restrict a, sigset_t *restrict m) { *m = a->__mask; return 0; }
int posix_spawnattr_setsigdefault(posix_spawnattr_t *restrict a, const sigset_t *restrict m) { a->__def = *m; return 0; }
int posix_spawnattr_getsigdefault(const posix_spawnattr_t *restrict a, sigset_t *restrict m) { *m = a->__def; return 0; }
