#include <spawn.h>
#include <signal.h>
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>
#include <string.h>
#include "spawn_impl.h"
#include "syscall.h"

/* fork, apply the file actions and attributes in the child, exec. The child
 * reports a failure through a close-on-exec pipe, so the parent learns the
 * errno (and nothing is written when the exec succeeds). */
static int spawn(pid_t *restrict res, const char *restrict path, const posix_spawn_file_actions_t *fa,
	const posix_spawnattr_t *restrict attr, char *const argv[], char *const envp[], int search)
{
	int p[2], err = 0;
	sigset_t all, old;
	if (pipe2(p, O_CLOEXEC)) return errno;
	/* No handler may run in the child before the dispositions are reset. */
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	pid_t pid = fork();
	if (pid == 0) {
		short flags = attr ? attr->__flags : 0;
		close(p[0]);
		/* Handlers would run the parent's code here: caught signals go to the
		 * default, and those named by SETSIGDEF too. */
		for (int sig = 1; sig < _NSIG; sig++) {
			struct sigaction sa;
			if (sig == SIGKILL || sig == SIGSTOP || sigaction(sig, 0, &sa)) continue;
			if ((flags & POSIX_SPAWN_SETSIGDEF && sigismember(&attr->__def, sig)) ||
				(sa.sa_handler != SIG_DFL && sa.sa_handler != SIG_IGN)) {
				sa.sa_handler = SIG_DFL;
				sa.sa_flags = 0;
				sigemptyset(&sa.sa_mask);
				sigaction(sig, &sa, 0);
			}
		}
		if (flags & POSIX_SPAWN_SETSID && setsid() < 0) goto fail;
		if (flags & POSIX_SPAWN_SETPGROUP && setpgid(0, attr->__pgrp)) goto fail;
		if (flags & POSIX_SPAWN_RESETIDS && (setgid(getgid()) || setuid(getuid()))) goto fail;
		for (int i = 0; fa && i < fa->__used; i++) {
			const struct __spawn_action *a = &fa->__actions[i];
			int fd;
			switch (a->op) {
			case SA_OPEN:
				if ((fd = open(a->path, a->flags, a->mode)) < 0) goto fail;
				if (fd != a->fd) {
					if (dup2(fd, a->fd) < 0) goto fail;
					close(fd);
				}
				break;
			case SA_CLOSE:
				close(a->fd);
				break;
			case SA_DUP2:
				/* dup2 onto itself must still clear close-on-exec. */
				if (a->fd == a->to) {
					if (fcntl(a->fd, F_SETFD, 0)) goto fail;
				} else if (dup2(a->fd, a->to) < 0) {
					goto fail;
				}
				break;
			case SA_CHDIR:
				if (chdir(a->path)) goto fail;
				break;
			case SA_FCHDIR:
				if (fchdir(a->fd)) goto fail;
				break;
			}
			/* An action may have put something on the pipe's descriptor. */
			if (a->op != SA_CLOSE && (a->fd == p[1] || a->to == p[1])) {
				int n = fcntl(p[1], F_DUPFD_CLOEXEC, 3);
				if (n >= 0) p[1] = n;
			}
		}
		sigprocmask(SIG_SETMASK, flags & POSIX_SPAWN_SETSIGMASK ? &attr->__mask : &old, 0);
		if (search) execvpe(path, argv, envp);
		else execve(path, argv, envp);
	fail:
		err = errno;
		write(p[1], &err, sizeof err);
		_exit(127);
	}
	int e = errno;
	close(p[1]);
	if (pid < 0) {
		err = e;
	} else if (read(p[0], &err, sizeof err) == sizeof err) {
		/* The child failed before exec: reap it and report why. */
		__syscall(SYS_wait4, pid, 0, 0, 0);
	} else {
		err = 0;
		if (res) *res = pid;
	}
	close(p[0]);
	sigprocmask(SIG_SETMASK, &old, 0);
	return err;
}

int posix_spawn(pid_t *restrict res, const char *restrict path, const posix_spawn_file_actions_t *fa,
	const posix_spawnattr_t *restrict attr, char *const argv[], char *const envp[])
{
	return spawn(res, path, fa, attr, argv, envp, 0);
}

int posix_spawnp(pid_t *restrict res, const char *restrict file, const posix_spawn_file_actions_t *fa,
	const posix_spawnattr_t *restrict attr, char *const argv[], char *const envp[])
{
	return spawn(res, file, fa, attr, argv, envp, 1);
}
