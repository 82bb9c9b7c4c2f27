#include <setjmp.h>
#include <signal.h>
#include "syscall.h"

_Noreturn void siglongjmp(sigjmp_buf buf, int val)
{
	if (buf->__saved)
		__syscall(SYS_rt_sigprocmask, SIG_SETMASK, buf->__mask, 0, 8);
	longjmp(buf, val);
}
