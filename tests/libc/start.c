/* start: process start-up — argv/envp, errno, thread-local storage, constructors,
 * atexit order and exit status. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <sys/syscall.h>

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
	atexit(last);
	atexit(first);
	if (fails) return 1;
	return 0;
}
