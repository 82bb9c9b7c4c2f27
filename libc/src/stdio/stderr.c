#include "stdio_impl.h"

static unsigned char buf[UNGET + BUFSIZ];
static FILE f = {
	.flags = F_PERM | F_NORD,
	.fd = 2,
	.buf = buf + UNGET,
	.bufsz = 0,
	.bufcap = BUFSIZ,
	.lbf = EOF,
	.write = __stdio_write,
	.read = __stdio_read,
	.seek = __stdio_seek,
	.close = __stdio_close,
};
FILE *const stderr = &f;
FILE *const __stderr_used = &f;
