#include "stdio_impl.h"

int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	unsigned char buf[UNGET + 1024];
	FILE f = {
		.flags = F_PERM | F_NORD, .fd = fd, .buf = buf + UNGET,
		.bufsz = sizeof buf - UNGET, .bufcap = sizeof buf - UNGET, .lbf = EOF,
		.write = __stdio_write, .read = __stdio_read, .seek = __stdio_seek,
	};
	int r = __vfprintf_core(&f, fmt, ap);
	if (f.wpos != f.wbase)
		f.write(&f, 0, 0);
	return f.flags & F_ERR ? -1 : r;
}
