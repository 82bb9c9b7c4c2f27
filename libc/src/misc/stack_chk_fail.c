#include <stdlib.h>
#include "libc.h"
#include "syscall.h"

/* Reached when a function's canary was overwritten: the stack is not to be
 * trusted, so say so with a bare write and die at once. */
_Noreturn void __stack_chk_fail(void)
{
	static const char msg[] = "*** stack smashing detected ***: terminated\n";
	__syscall(SYS_write, 2, msg, sizeof msg - 1);
	abort();
}

__hidden _Noreturn void __stack_chk_fail_local(void) __attribute__((alias("__stack_chk_fail")));
