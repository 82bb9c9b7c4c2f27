/* start_exit: what exit does, seen from a child through a pipe: atexit handlers
 * (newest first), then destructors, then the stdio flush (a pipe is fully buffered,
 * so nothing arrives before it). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

static int fails;
#define CHECK(c) do { if (c) { fputs("ok ", stdout); puts(#c); } \
	else { fputs("FAIL ", stdout); puts(#c); fails++; } } while (0)

static int is_child, ctor_ran;
__attribute__((constructor)) static void ctor(void) { ctor_ran = 1; }
static void first(void) { printf("second "); }
static void second(void) { printf("first "); }
__attribute__((destructor)) static void dtor(void) { if (is_child) printf("dtor"); }

int main(void)
{
	char buf[256];
	size_t n = 0;
	ssize_t r;
	int p[2], st = 0;
	CHECK(pipe(p) == 0);
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		/* A fresh stdout on the pipe: fully buffered, nothing written yet. */
		if (!freopen("/dev/null", "w", stdout) || dup2(p[1], 1) != 1) _exit(1);
		is_child = 1;
		atexit(first);
		atexit(second);
		printf("ctor=%d ", ctor_ran);
		exit(3);
	}
	close(p[1]);
	while (n < sizeof buf - 1 && (r = read(p[0], buf + n, sizeof buf - 1 - n)) > 0) n += r;
	buf[n] = 0;
	CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 3);
	CHECK(strcmp(buf, "ctor=1 first second dtor") == 0);
	return fails != 0;
}
