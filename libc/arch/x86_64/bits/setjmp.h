/* jmp_buf: __jb holds rbx rbp r12 r13 r14 r15 rsp rip. */
#define __JB_WORDS 8
