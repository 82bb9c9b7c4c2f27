/* spawn: posix_spawn and posix_spawnp with file actions (open, dup2, close),
 * the signal mask attribute, and error reporting for a missing program. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

int main(void)
{
	pid_t pid;
	int st, p[2];
	char out[64];
	snprintf(out, sizeof out, "/tmp/r3spawn%d", (int)getpid());

	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	char *argv[] = { "sh", "-c", "echo spawned $0", NULL };
	CHECK(posix_spawnp(&pid, "sh", &fa, NULL, argv, environ) == 0);
	CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0);
	posix_spawn_file_actions_destroy(&fa);
	char buf[4096] = { 0 };
	int fd = open(out, O_RDONLY);
	CHECK(fd >= 0 && read(fd, buf, sizeof buf - 1) > 0 && strcmp(buf, "spawned sh\n") == 0);
	close(fd);
	unlink(out);

	CHECK(pipe(p) == 0);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, p[1], 1);
	posix_spawn_file_actions_addclose(&fa, p[0]);
	posix_spawnattr_t at;
	posix_spawnattr_init(&at);
	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	posix_spawnattr_setsigmask(&at, &m);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK);
	char *argv2[] = { "cat", "/proc/self/status", NULL };
	CHECK(posix_spawnp(&pid, "cat", &fa, &at, argv2, environ) == 0);
	close(p[1]);
	memset(buf, 0, sizeof buf);
	ssize_t n = 0, r;
	while ((r = read(p[0], buf + n, sizeof buf - 1 - n)) > 0) n += r;
	close(p[0]);
	CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st));
	/* SIGUSR1 is signal 10: bit 9, so the mask ends in ...200. */
	char *blk = strstr(buf, "SigBlk:");
	CHECK(blk && strstr(blk, "0000000000000200\n") != NULL);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);

	char *argv3[] = { "nope", NULL };
	CHECK(posix_spawn(&pid, "/nonexistent/nope", NULL, NULL, argv3, environ) == ENOENT);
	CHECK(posix_spawnp(&pid, "no-such-program-r3", NULL, NULL, argv3, environ) == ENOENT);
	return fails != 0;
}
