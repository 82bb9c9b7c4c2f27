/* jmp_buf: __jb holds x19-x28, x29, x30, sp, d8-d15 (21 words; 22 as in glibc). */
#define __JB_WORDS 22
