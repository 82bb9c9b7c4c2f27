#include <stdlib.h>
#include "libc.h"

typedef void (*__fn)(void);
extern __hidden const __fn __fini_array_start[] __attribute__((weak));
extern __hidden const __fn __fini_array_end[] __attribute__((weak));

/* Defined by stdio when it is linked in; a program without stdio has nothing to flush. */
__attribute__((weak)) void __stdio_exit(void);

/* Handlers weak too: a program that never calls atexit does not pull it in. */
__attribute__((weak, visibility("hidden"))) void __run_atexit(void);

_Noreturn void exit(int status)
{
	if (__run_atexit) __run_atexit();
	for (const __fn *f = __fini_array_end; f > __fini_array_start; ) (*--f)();
	if (__stdio_exit) __stdio_exit();
	_Exit(status);
}
