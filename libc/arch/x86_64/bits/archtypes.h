/* bits/archtypes.h: the scalar types whose size is x86_64's own (included by
 * bits/alltypes.h): struct stat's st_nlink and st_blksize are 64-bit here. */
#ifndef _BITS_ARCHTYPES_H
#define _BITS_ARCHTYPES_H

typedef unsigned long nlink_t;
typedef long blksize_t;

#endif
