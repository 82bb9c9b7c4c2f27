#include <sys/mman.h>
#include "stdio_impl.h"
#include "syscall.h"

/* stdin, stdout and stderr get their BUFSIZ buffer when first used for buffered I/O,
 * so a program carries no static 8 KiB array per stream, and one that never uses a
 * stream maps nothing. Without memory the stream just works unbuffered (its static
 * ungetc room stays). Called with the stream locked, from __towrite and __toread. */
void __stdio_lazybuf(FILE *f)
{
	long r = __syscall(SYS_mmap, 0, UNGET + BUFSIZ, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	f->flags &= ~F_LAZY;
	if ((unsigned long)r > -4096UL)
		f->bufsz = f->bufcap = 0;
	else
		f->buf = (unsigned char *)r + UNGET;
}
