#include <stdarg.h>
#include <stdint.h>
#include <ucontext.h>

void __start_context(void) __attribute__((__visibility__("hidden")));

/* Arguments are ints (POSIX) passed as longs: the first six in the argument registers
 * setcontext loads, the rest on the new stack above the return address, which is
 * __start_context, so that returning continues with uc_link. */
void makecontext(ucontext_t *uc, void (*fn)(void), int argc, ...)
{
	static const int regs[6] = { REG_RDI, REG_RSI, REG_RDX, REG_RCX, REG_R8, REG_R9 };
	int on_stack = argc > 6 ? argc - 6 : 0;
	uintptr_t top = (uintptr_t)uc->uc_stack.ss_sp + uc->uc_stack.ss_size;
	uintptr_t args = (top - 8 * (uintptr_t)on_stack) & -(uintptr_t)16;
	long *sp = (long *)(args - 8);
	va_list ap;
	va_start(ap, argc);
	for (int i = 0; i < argc; i++) {
		long v = va_arg(ap, long);
		if (i < 6) uc->uc_mcontext.gregs[regs[i]] = v;
		else sp[1 + i - 6] = v;
	}
	va_end(ap);
	sp[0] = (long)__start_context;
	uc->uc_mcontext.gregs[REG_RBX] = (long)uc->uc_link;
	uc->uc_mcontext.gregs[REG_RIP] = (long)fn;
	uc->uc_mcontext.gregs[REG_RSP] = (long)sp;
}
