/* start: process start-up — argv/envp, errno, thread-local storage, constructors,
 * atexit order and exit status. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <sys/wait.h>

static int fails;
#define CHECK(c) do { if (c) { fputs("ok ", stdout); puts(#c); } \
	else { fputs("FAIL ", stdout); puts(#c); fails++; } } while (0)

static _Thread_local int tls_init = 42;
static _Thread_local long tls_zero[8];
static _Thread_local char tls_str[] = "thread";
static int ctor_ran;
static const char *const table[] = { "a", "b" };	/* needs RELATIVE relocations */

__attribute__((constructor)) static void ctor(void) { ctor_ran = 1; }

static void last(void) { puts("ok atexit ran second"); fflush(stdout); }
static void first(void) { puts("ok atexit ran first"); }

int main(int argc, char **argv, char **envp)
{
	CHECK(argc >= 1);
	CHECK(argv[argc] == NULL);
	CHECK(envp != NULL);
	CHECK(ctor_ran == 1);
	CHECK(strcmp(table[1], "b") == 0);
	CHECK(tls_init == 42);
	tls_init++;
	CHECK(tls_init == 43);
	CHECK(tls_zero[7] == 0);
	CHECK(strcmp(tls_str, "thread") == 0);
	errno = 0;
	CHECK(close(-1) == -1 && errno == EBADF);
	CHECK(*&errno == EBADF);
	CHECK(write(-1, "", 0) == -1 && errno == EBADF);
	CHECK(setenv("R3_X", "1", 1) == 0 && strcmp(getenv("R3_X"), "1") == 0);
	CHECK(getauxval(AT_PAGESZ) == 4096);
	CHECK(getauxval(AT_RANDOM) != 0);
	CHECK(syscall(SYS_getpid) == getpid());
	errno = 0;
	CHECK(syscall(SYS_close, -1) == -1 && errno == EBADF);
	CHECK(strcmp(program_invocation_name, argv[0]) == 0);
	CHECK(strchr(program_invocation_short_name, '/') == NULL);
	CHECK(strstr(argv[0], program_invocation_short_name) != NULL);
#ifdef __x86_64__
	/* The stack protector's canary at %fs:0x28: random, low byte zero. */
	unsigned long canary;
	__asm__ ("mov %%fs:0x28, %0" : "=r"(canary));
	CHECK(canary != 0 && (canary & 0xff) == 0);
#elif defined __aarch64__
	/* GCC's aarch64 stack protector reads this global instead. */
	extern unsigned long __stack_chk_guard;
	CHECK(__stack_chk_guard != 0 && (__stack_chk_guard & 0xff) == 0);
#endif
	/* Full RELRO: relocated pointer tables are read-only once main runs. The child
	 * dies of SIGSEGV (or, under ASan, exits with its report, kept quiet here). */
	pid_t pid = fork();
	if (pid == 0) {
		close(2);
		*(const char *volatile *)&table[0] = "x";
		_exit(0);
	}
	int st = 0;
	CHECK(pid > 0 && waitpid(pid, &st, 0) == pid &&
	      (WIFSIGNALED(st) ? WTERMSIG(st) == SIGSEGV : WEXITSTATUS(st) != 0));
	atexit(last);
	atexit(first);
	if (fails) return 1;
	return 0;
}
