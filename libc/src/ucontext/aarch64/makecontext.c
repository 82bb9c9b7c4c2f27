#include <stdarg.h>
#include <stdint.h>
#include <ucontext.h>

void __start_context(void) __attribute__((__visibility__("hidden")));

/* Arguments are ints (POSIX) passed as longs: the first eight in x0-x7, which
 * setcontext loads, the rest on the new stack, 8 bytes each from the 16-aligned stack
 * pointer (AAPCS64). The function returns through x30 to __start_context, which goes
 * on to uc_link (kept in the callee-saved x19). */
void makecontext(ucontext_t *uc, void (*fn)(void), int argc, ...)
{
	int on_stack = argc > 8 ? argc - 8 : 0;
	uintptr_t top = (uintptr_t)uc->uc_stack.ss_sp + uc->uc_stack.ss_size;
	long *sp = (long *)((top - 8 * (uintptr_t)on_stack) & -(uintptr_t)16);
	va_list ap;
	va_start(ap, argc);
	for (int i = 0; i < argc; i++) {
		long v = va_arg(ap, long);
		if (i < 8) uc->uc_mcontext.regs[i] = v;
		else sp[i - 8] = v;
	}
	va_end(ap);
	uc->uc_mcontext.regs[19] = (uintptr_t)uc->uc_link;
	uc->uc_mcontext.regs[29] = 0;	/* the end of the frame chain */
	uc->uc_mcontext.regs[30] = (uintptr_t)__start_context;
	uc->uc_mcontext.sp = (uintptr_t)sp;
	uc->uc_mcontext.pc = (uintptr_t)fn;
}
