#ifndef _SYS_UCONTEXT_H
#define _SYS_UCONTEXT_H

#include <signal.h>
#include <bits/ucontext.h>	/* mcontext_t and ucontext_t: the kernel's signal frame */

#endif
