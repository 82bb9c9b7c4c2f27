#include "stdio_impl.h"

/* Only ungetc room: the buffer itself is mapped at first use (F_LAZY). */
static unsigned char buf[UNGET];
static FILE f = {
	.flags = F_PERM | F_LAZY | F_NORD,
	.fd = 2,
	.buf = buf + UNGET,
	.bufsz = 0,
	.bufcap = BUFSIZ,
	.lbf = EOF,
	.write = __stdio_write,
	.seek = __stdio_seek,
	.close = __stdio_close,
};
FILE *const stderr = &f;
FILE *const __stderr_used = &f;
