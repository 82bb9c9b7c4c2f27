/* libc_start.c: second stage of process start: constructors, main, exit. A separate
 * file from start_c.c, which relocates the program, so that no load of an address
 * (a GOT entry on aarch64: main, exit) can be moved above the relocation.
 */
#include <stddef.h>
#include <stdlib.h>
#include "libc.h"
#include "start.h"

/* x86_64/start_c.S and aarch64/start_c.S hard-code these (TCB_SIZE, TCB_SELF2,
 * TCB_CANARY, TCB_TID, TCB_MEM), and errno/x86_64/syscall_ret.S TCB_ERRNO. */
_Static_assert(sizeof(struct __tcb) == 128 && offsetof(struct __tcb, self2) == 0x10 &&
	offsetof(struct __tcb, canary) == 0x28 && offsetof(struct __tcb, tid) == 0x34 &&
	offsetof(struct __tcb, tls_mem) == 0x38 && offsetof(struct __tcb, errno_val) == 0x30,
	"start_c.S's TCB layout");

int main(int, char **, char **);

typedef void (*__fn)(void);
extern __hidden const __fn __preinit_array_start[] __attribute__((weak));
extern __hidden const __fn __preinit_array_end[] __attribute__((weak));
extern __hidden const __fn __init_array_start[] __attribute__((weak));
extern __hidden const __fn __init_array_end[] __attribute__((weak));

__attribute__((noinline)) static void run(const __fn *f, const __fn *end)
{
	while (f < end) (*f++)();
}

__hidden _Noreturn void __libc_start_main_stage2(long *sp)
{
	int argc = sp[0];
	char **argv = (char **)(sp + 1);
	run(__preinit_array_start, __preinit_array_end);
	run(__init_array_start, __init_array_end);
	exit(main(argc, argv, argv + argc + 1));
}
