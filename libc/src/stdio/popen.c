#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/wait.h>
#include "stdio_impl.h"

extern char **environ;

/* The child runs "sh -c cmd" with one end of a pipe as its stdin or stdout. Its pid
 * rides in the stream's cookie for pclose. */
FILE *popen(const char *cmd, const char *mode)
{
	int p[2], mine, theirs, target, cloexec = 0;
	const char *m;
	pid_t pid;
	FILE *f;

	if ((*mode != 'r' && *mode != 'w')) {
		errno = EINVAL;
		return 0;
	}
	for (m = mode + 1; *m; m++)
		if (*m == 'e')
			cloexec = 1;
	if (pipe2(p, O_CLOEXEC))
		return 0;
	mine = *mode == 'r' ? p[0] : p[1];
	theirs = *mode == 'r' ? p[1] : p[0];
	target = *mode == 'r' ? 1 : 0;
	pid = fork();
	if (pid < 0) {
		close(p[0]);
		close(p[1]);
		return 0;
	}
	if (!pid) {
		char *argv[] = { "sh", "-c", (char *)cmd, 0 };
		/* Streams from earlier popen calls must not stay open in this child; all
		 * pipes here are close-on-exec, so exec takes care of that. */
		if (theirs == target)
			fcntl(theirs, F_SETFD, 0);
		else
			dup2(theirs, target);
		execve("/bin/sh", argv, environ);
		_exit(127);
	}
	close(theirs);
	if (!cloexec)
		fcntl(mine, F_SETFD, 0);
	f = __fdopen_flags(mine, *mode == 'r' ? O_RDONLY : O_WRONLY);
	if (!f) {
		close(mine);
		waitpid(pid, 0, 0);
		return 0;
	}
	f->cookie = (void *)(long)pid;
	return f;
}

int pclose(FILE *f)
{
	pid_t pid = (pid_t)(long)f->cookie, r;
	int status;

	fclose(f);
	while ((r = waitpid(pid, &status, 0)) < 0 && errno == EINTR)
		;
	return r < 0 ? -1 : status;
}
