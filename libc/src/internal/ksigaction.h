/* ksigaction.h: struct sigaction as the x86_64 kernel reads it (8-byte mask). */
#ifndef _KSIGACTION_H
#define _KSIGACTION_H

#include "libc.h"

struct k_sigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};

#define _NSIG_BYTES 8
__hidden void __restore_rt(void);

#endif
