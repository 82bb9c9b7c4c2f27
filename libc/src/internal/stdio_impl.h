/* stdio_impl.h: the FILE structure and the primitives every stdio function builds on.
 *
 * A stream is in one of three states: idle (all pointers null), reading (rpos/rend set:
 * [rpos, rend) is buffered input) or writing (wbase/wpos/wend set: [wbase, wpos) is
 * pending output, wend is where the buffer ends). Switching goes through __toread and
 * __towrite. UNGET bytes below buf are room for ungetc. */
#ifndef _STDIO_IMPL_H
#define _STDIO_IMPL_H

#include <stdio.h>
#include <stddef.h>
#include "libc.h"


#define UNGET 8

#define F_PERM 1	/* static or caller-owned: never freed */
#define F_NORD 2	/* opened write-only */
#define F_NOWR 4	/* opened read-only */
#define F_EOF 8
#define F_ERR 16
#define F_SVB 32	/* setvbuf was called: buffering chosen by the program */
#define F_APP 64	/* O_APPEND: the position is always the end when writing */
#define F_LAZY 128	/* buf is only ungetc room: the BUFSIZ buffer is mapped at first use */
#define F_WIDE 256	/* wide-oriented (C11 7.21.2): set by fwide and the wide functions */
#define F_BYTE 512	/* byte-oriented: set by fwide(f, -1) and the first byte I/O */

#define LBF_UNKNOWN (-2)	/* decide line buffering on first write (isatty) */

struct _IO_FILE {
	unsigned flags;
	int fd;
	unsigned char *rpos, *rend;
	unsigned char *wbase, *wpos, *wend;
	unsigned char *buf;
	size_t bufsz;		/* buffer size in use (0: unbuffered) */
	size_t bufcap;		/* room available at buf */
	int lbf;		/* '\n' when line buffered, EOF when not */
	/* write: send the pending [wbase, wpos) and then s[0, len) on, completely; returns
	 * 0, or EOF after setting F_ERR (pending output is then dropped). */
	int (*write)(FILE *, const unsigned char *, size_t);
	/* read: fill dest with up to len bytes, possibly buffering more; 0 at end/error. */
	size_t (*read)(FILE *, unsigned char *, size_t);
	off_t (*seek)(FILE *, off_t, int);
	int (*close)(FILE *);
	void *cookie;
	FILE *prev, *next;
	void *alloc;		/* what fclose frees besides the FILE (memstream, user) */
	volatile int lock;	/* taken only once threads exist, or by flockfile */
	int owner, lockcount;	/* holder's tid; flockfile depth */
};

/* FLOCK declares the flag FUNLOCK reads: a stream is locked only when threads
 * exist and this thread does not hold it already. */
__hidden int __lockfile(FILE *);
__hidden void __unlockfile(FILE *);
#define FLOCK(f) int __need_unlock = __libc.threaded ? __lockfile(f) : 0
#define FUNLOCK(f) do { if (__need_unlock) __unlockfile(f); } while (0)

__hidden int __stdio_write(FILE *, const unsigned char *, size_t);
__hidden size_t __stdio_read(FILE *, unsigned char *, size_t);
__hidden off_t __stdio_seek(FILE *, off_t, int);
__hidden int __stdio_close(FILE *);

__hidden int __toread(FILE *);
__hidden void __stdio_lazybuf(FILE *);
__hidden int __towrite(FILE *);
__hidden int __uflow(FILE *);
__hidden int __overflow(FILE *, int);
__hidden size_t __fwritex(const unsigned char *, size_t, FILE *);
__hidden int __fflush_one(FILE *);
__hidden int __fmodeflags(const char *);
__hidden FILE *__fdopen_flags(int fd, int oflags);
__hidden void __ofl_add(FILE *);
__hidden void __ofl_remove(FILE *);
__hidden int __vfprintf_core(FILE *, const char *, va_list);

extern __hidden FILE *__ofl_head;
extern __hidden volatile int __ofl_lock;
/* Weak: only present when the program uses the stream. */
extern __hidden FILE *const __stdin_used;
extern __hidden FILE *const __stdout_used;
extern __hidden FILE *const __stderr_used;

void __stdio_exit(void);

#define getc_fast(f) ((f)->rpos != (f)->rend ? *(f)->rpos++ : __uflow(f))
#define putc_fast(c, f) \
	((unsigned char)(c) != (f)->lbf && (f)->wpos != (f)->wend \
		? *(f)->wpos++ = (unsigned char)(c) : __overflow((f), (unsigned char)(c)))

#endif
