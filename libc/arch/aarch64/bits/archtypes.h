/* bits/archtypes.h: the scalar types whose size is aarch64's own (included by
 * bits/alltypes.h): the kernel's generic struct stat has a 32-bit st_nlink and
 * st_blksize. */
#ifndef _BITS_ARCHTYPES_H
#define _BITS_ARCHTYPES_H

typedef unsigned nlink_t;
typedef int blksize_t;

#endif
