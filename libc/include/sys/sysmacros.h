#ifndef _SYS_SYSMACROS_H
#define _SYS_SYSMACROS_H

/* Linux's 64-bit dev_t: bits 8-19 hold the low 12 bits of the major number and
 * bits 44-63 the rest; bits 0-7 the low 8 bits of the minor, bits 20-43 the rest. */
#define major(d) ((unsigned)(((unsigned long long)(d) >> 8 & 0xfff) | \
	((unsigned long long)(d) >> 32 & ~0xfffULL)))
#define minor(d) ((unsigned)(((unsigned long long)(d) & 0xff) | \
	((unsigned long long)(d) >> 12 & ~0xffULL)))
#define makedev(ma, mi) ((dev_t)( \
	((unsigned long long)(ma) & 0xfff) << 8 | ((unsigned long long)(ma) & ~0xfffULL) << 32 | \
	((unsigned long long)(mi) & 0xff) | ((unsigned long long)(mi) & ~0xffULL) << 12))

#endif
