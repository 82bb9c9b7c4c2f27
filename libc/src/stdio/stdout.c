#include "stdio_impl.h"

static unsigned char buf[UNGET + BUFSIZ];
static FILE f = {
	.flags = F_PERM | F_NORD,
	.fd = 1,
	.buf = buf + UNGET,
	.bufsz = BUFSIZ,
	.bufcap = BUFSIZ,
	.lbf = LBF_UNKNOWN,
	.write = __stdio_write,
	.read = __stdio_read,
	.seek = __stdio_seek,
	.close = __stdio_close,
};
FILE *const stdout = &f;
FILE *const __stdout_used = &f;
