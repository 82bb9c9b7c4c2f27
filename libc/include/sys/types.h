#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <features.h>
#include <bits/alltypes.h>

typedef unsigned char __u_char;
typedef char *caddr_t;
typedef long daddr_t;
typedef unsigned short ushort;
typedef unsigned uint;
typedef unsigned long ulong;
typedef long long quad_t;
typedef unsigned long long u_quad_t;

#include <sys/sysmacros.h>

#endif
