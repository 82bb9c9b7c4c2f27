#include "stdio_impl.h"

/* Only ungetc room: the buffer itself is mapped at first use (F_LAZY). */
static unsigned char buf[UNGET];
static FILE f = {
	.flags = F_PERM | F_LAZY | F_NORD,
	.fd = 1,
	.buf = buf + UNGET,
	.bufsz = BUFSIZ,
	.bufcap = BUFSIZ,
	.lbf = LBF_UNKNOWN,
	.write = __stdio_write,
	.seek = __stdio_seek,
	.close = __stdio_close,
};
FILE *const stdout = &f;
FILE *const __stdout_used = &f;
