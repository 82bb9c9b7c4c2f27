#ifndef _SETJMP_H
#define _SETJMP_H

#include <features.h>
#include <bits/setjmp.h>

/* The registers (bits/setjmp.h), then whether a mask was saved, and the mask
 * (sigsetjmp). One type serves both, as in the other Linux libcs. */
typedef struct __jmp_buf_tag {
	unsigned long __jb[__JB_WORDS];
	unsigned long __saved;
	unsigned long __mask[128 / sizeof(long)];
} jmp_buf[1];
typedef jmp_buf sigjmp_buf;

int setjmp(jmp_buf) __attribute__((__returns_twice__));
__R3_NORETURN void longjmp(jmp_buf, int);
int _setjmp(jmp_buf) __attribute__((__returns_twice__));
__R3_NORETURN void _longjmp(jmp_buf, int);
int sigsetjmp(sigjmp_buf, int) __attribute__((__returns_twice__));
__R3_NORETURN void siglongjmp(sigjmp_buf, int);

#define setjmp setjmp

#endif
