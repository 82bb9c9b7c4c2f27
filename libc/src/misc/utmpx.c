#include <utmpx.h>
#include <utmp.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/time.h>
#include <limits.h>

static char path[PATH_MAX] = _PATH_UTMP;
static int fd = -1;
static struct utmpx ent;

int utmpxname(const char *name)
{
	size_t n = strlen(name);
	if (n >= sizeof path) return -1;
	memcpy(path, name, n + 1);
	endutxent();
	return 0;
}

void setutxent(void)
{
	if (fd >= 0) lseek(fd, 0, SEEK_SET);
}

void endutxent(void)
{
	if (fd >= 0) close(fd);
	fd = -1;
}

static int opened(void)
{
	if (fd < 0) fd = open(path, O_RDWR | O_CLOEXEC);
	if (fd < 0) fd = open(path, O_RDONLY | O_CLOEXEC);
	return fd >= 0;
}

struct utmpx *getutxent(void)
{
	if (!opened() || read(fd, &ent, sizeof ent) != sizeof ent) return 0;
	return &ent;
}

struct utmpx *getutxid(const struct utmpx *u)
{
	struct utmpx *e;
	while ((e = getutxent())) {
		switch (u->ut_type) {
		case RUN_LVL: case BOOT_TIME: case NEW_TIME: case OLD_TIME:
			if (e->ut_type == u->ut_type) return e;
			break;
		case INIT_PROCESS: case LOGIN_PROCESS: case USER_PROCESS: case DEAD_PROCESS:
			if ((e->ut_type == INIT_PROCESS || e->ut_type == LOGIN_PROCESS ||
				e->ut_type == USER_PROCESS || e->ut_type == DEAD_PROCESS) &&
				!strncmp(e->ut_id, u->ut_id, sizeof e->ut_id))
				return e;
			break;
		}
	}
	return 0;
}

struct utmpx *getutxline(const struct utmpx *u)
{
	struct utmpx *e;
	while ((e = getutxent()))
		if ((e->ut_type == LOGIN_PROCESS || e->ut_type == USER_PROCESS) &&
			!strncmp(e->ut_line, u->ut_line, sizeof e->ut_line))
			return e;
	return 0;
}

/* Replace the record with the same id, or append; under an exclusive lock. */
struct utmpx *pututxline(const struct utmpx *u)
{
	struct utmpx copy = *u;
	if (fd < 0) fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	if (fd < 0) return 0;
	flock(fd, LOCK_EX);
	lseek(fd, 0, SEEK_SET);
	off_t at = -1;
	struct utmpx *e = getutxid(&copy);
	if (e) at = lseek(fd, 0, SEEK_CUR) - (off_t)sizeof ent;
	else at = lseek(fd, 0, SEEK_END);
	int ok = at >= 0 && pwrite(fd, &copy, sizeof copy, at) == sizeof copy;
	flock(fd, LOCK_UN);
	if (!ok) return 0;
	ent = copy;
	return &ent;
}

void updwtmpx(const char *file, const struct utmpx *u)
{
	int w = open(file, O_WRONLY | O_APPEND | O_CLOEXEC);
	if (w < 0) return;
	flock(w, LOCK_EX);
	write(w, u, sizeof *u);
	flock(w, LOCK_UN);
	close(w);
}

void logwtmp(const char *line, const char *name, const char *host)
{
	struct utmpx u = { .ut_type = *name ? USER_PROCESS : DEAD_PROCESS, .ut_pid = getpid() };
	struct timeval tv;
	strncpy(u.ut_line, line, sizeof u.ut_line);
	strncpy(u.ut_user, name, sizeof u.ut_user);
	strncpy(u.ut_host, host, sizeof u.ut_host);
	gettimeofday(&tv, 0);
	u.ut_tv.tv_sec = tv.tv_sec;
	u.ut_tv.tv_usec = tv.tv_usec;
	updwtmpx(_PATH_WTMP, &u);
}
