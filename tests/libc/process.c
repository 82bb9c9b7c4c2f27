/* process: fork/vfork/exec/wait, pipes and dup2, exit status and atexit in the
 * child, execvp PATH search, getcwd/chdir, isatty, uname, sysconf. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static void bye(void) { _exit(42); }

int main(void)
{
	int st;
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) exit(3);
	CHECK(pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 3);
	pid = fork();
	if (pid == 0) {
		atexit(bye);
		exit(0);
	}
	CHECK(waitpid(pid, &st, 0) == pid && WEXITSTATUS(st) == 42);

	int p[2];
	CHECK(pipe(p) == 0);
	pid = vfork();
	if (pid == 0) {
		dup2(p[1], 1);
		close(p[0]);
		close(p[1]);
		char *argv[] = { "sh", "-c", "echo hello from $0", NULL };
		execvp("sh", argv);
		_exit(127);
	}
	close(p[1]);
	char buf[64] = { 0 };
	ssize_t n = 0, r;
	while ((r = read(p[0], buf + n, sizeof buf - 1 - n)) > 0) n += r;
	close(p[0]);
	CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0);
	CHECK(strcmp(buf, "hello from sh\n") == 0);

	pid = fork();
	if (pid == 0) {
		execl("/nonexistent/prog", "prog", (char *)0);
		_exit(errno == ENOENT ? 9 : 1);
	}
	CHECK(waitpid(pid, &st, 0) == pid && WEXITSTATUS(st) == 9);
	pid = fork();
	if (pid == 0) {
		char *argv[] = { "no-such-command-r3", NULL };
		execvp(argv[0], argv);
		_exit(errno == ENOENT ? 9 : 1);
	}
	CHECK(waitpid(pid, &st, 0) == pid && WEXITSTATUS(st) == 9);
	CHECK(waitpid(-1, &st, WNOHANG) == -1 && errno == ECHILD);

	char cwd[PATH_MAX], *dyn;
	CHECK(getcwd(cwd, sizeof cwd) != NULL && cwd[0] == '/');
	CHECK(chdir("/") == 0 && getcwd(buf, sizeof buf) && strcmp(buf, "/") == 0);
	CHECK((dyn = getcwd(NULL, 0)) != NULL && strcmp(dyn, "/") == 0);
	free(dyn);
	CHECK(getcwd(buf, 1) == NULL && errno == ERANGE);
	CHECK(chdir(cwd) == 0);

	int fd = open("/dev/null", O_RDWR);
	CHECK(fd >= 0 && !isatty(fd) && errno == ENOTTY);
	CHECK(dup2(fd, 100) == 100 && fcntl(100, F_GETFD) == 0);
	CHECK(dup3(fd, 101, O_CLOEXEC) == 101 && fcntl(101, F_GETFD) == FD_CLOEXEC);
	CHECK(fcntl(fd, F_DUPFD_CLOEXEC, 200) >= 200);
	close(100);
	close(101);
	CHECK(close(100) == -1 && errno == EBADF);
	CHECK(write(fd, "x", 1) == 1);
	close(fd);

	struct utsname u;
	CHECK(uname(&u) == 0 && strcmp(u.sysname, "Linux") == 0);
	CHECK(gethostname(buf, sizeof buf) == 0 && strcmp(buf, u.nodename) == 0);
	CHECK(sysconf(_SC_PAGESIZE) == 4096);
	CHECK(sysconf(_SC_CLK_TCK) == 100);
	CHECK(sysconf(_SC_NPROCESSORS_ONLN) >= 1);
	CHECK(sysconf(_SC_OPEN_MAX) > 0);
	CHECK(getppid() > 0 && getpgrp() > 0);
	return fails != 0;
}
