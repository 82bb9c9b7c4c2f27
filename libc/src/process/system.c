#include <stdlib.h>
#include <signal.h>
#include <unistd.h>
#include <errno.h>
#include <sys/wait.h>

extern char **__environ;

/* POSIX: SIGINT and SIGQUIT are ignored and SIGCHLD blocked in the caller while
 * the command runs; the child gets the original dispositions back. */
int system(const char *cmd)
{
	if (!cmd) return access("/bin/sh", X_OK) == 0;
	struct sigaction ign = { .sa_handler = SIG_IGN }, oint, oquit;
	sigset_t block, omask;
	sigemptyset(&ign.sa_mask);
	sigemptyset(&block);
	sigaddset(&block, SIGCHLD);
	sigprocmask(SIG_BLOCK, &block, &omask);
	sigaction(SIGINT, &ign, &oint);
	sigaction(SIGQUIT, &ign, &oquit);
	int status = -1;
	pid_t pid = fork();
	if (pid == 0) {
		sigaction(SIGINT, &oint, 0);
		sigaction(SIGQUIT, &oquit, 0);
		sigprocmask(SIG_SETMASK, &omask, 0);
		char *argv[] = { "sh", "-c", (char *)cmd, 0 };
		execve("/bin/sh", argv, __environ);
		_exit(127);
	}
	if (pid > 0)
		while (waitpid(pid, &status, 0) < 0)
			if (errno != EINTR) {
				status = -1;
				break;
			}
	int e = errno;
	sigaction(SIGINT, &oint, 0);
	sigaction(SIGQUIT, &oquit, 0);
	sigprocmask(SIG_SETMASK, &omask, 0);
	errno = e;
	return status;
}
