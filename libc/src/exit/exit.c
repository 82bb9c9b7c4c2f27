#include <stdlib.h>
#include "libc.h"
#include "syscall.h"

typedef void (*__fn)(void);
/* Defined by the linker (not weak: a weak one costs a GOT entry at -Os). */
extern __hidden const __fn __fini_array_start[], __fini_array_end[];

/* atexit's handlers and stdio's flush: empty here, replaced by the real ones when a
 * program links atexit.c or stdio's __towrite.c (a weak definition costs a direct call,
 * where a weak undefined reference would cost a GOT entry and a test). */
static void nothing(void) {}
__attribute__((weak, alias("nothing"))) void __run_atexit(void);
__attribute__((weak, alias("nothing"))) void __stdio_exit(void);

_Noreturn void exit(int status)
{
	__run_atexit();
	for (const __fn *f = __fini_array_end; f > __fini_array_start; ) (*--f)();
	__stdio_exit();
	_Exit(status);
}

/* In the same file as exit, which every program has (x86_64/exit.S falls into it). */
_Noreturn void _Exit(int status)
{
	__syscall(SYS_exit_group, status);
	for (;;) __syscall(SYS_exit, status);
}
