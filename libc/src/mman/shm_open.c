#include <sys/mman.h>
#include <fcntl.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>

/* POSIX shared memory objects are files in /dev/shm. */
static char *shm_path(const char *name, char *buf)
{
	while (*name == '/') name++;
	size_t n = strlen(name);
	if (!n || strchr(name, '/') || n > NAME_MAX || !strcmp(name, ".") || !strcmp(name, "..")) {
		errno = EINVAL;
		return 0;
	}
	memcpy(buf, "/dev/shm/", 9);
	memcpy(buf + 9, name, n + 1);
	return buf;
}

int shm_open(const char *name, int flags, mode_t mode)
{
	char buf[NAME_MAX + 10];
	if (!shm_path(name, buf)) return -1;
	return open(buf, flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, mode);
}

int shm_unlink(const char *name)
{
	char buf[NAME_MAX + 10];
	if (!shm_path(name, buf)) return -1;
	return unlink(buf);
}
