/* bits/alltypes.h: the scalar types of the Linux ABIs ring3 supports (LP64: x86_64,
 * aarch64), defined once each; the few that differ between them come from the
 * architecture's bits/archtypes.h. Headers include this whole file: the names are
 * reserved by POSIX anyway, and one definition point keeps every header in agreement
 * with the kernel. */
#ifndef _BITS_ALLTYPES_H
#define _BITS_ALLTYPES_H

#include <bits/archtypes.h>

typedef __SIZE_TYPE__ size_t;
typedef long ssize_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;
typedef long intptr_t;
typedef unsigned long uintptr_t;
#ifndef __cplusplus
typedef __WCHAR_TYPE__ wchar_t;
#endif
typedef unsigned wint_t;
typedef unsigned long wctype_t;

typedef long off_t;
typedef long off64_t;
typedef long loff_t;
typedef int pid_t;
typedef unsigned uid_t;
typedef unsigned gid_t;
typedef int id_t;
typedef unsigned mode_t;
typedef unsigned long ino_t;
typedef unsigned long ino64_t;
typedef unsigned long dev_t;
typedef long blkcnt_t;
typedef unsigned long fsblkcnt_t;
typedef unsigned long fsfilcnt_t;
typedef long time_t;
typedef long suseconds_t;
typedef unsigned useconds_t;
typedef long clock_t;
typedef int clockid_t;
typedef void *timer_t;
typedef int key_t;
typedef unsigned socklen_t;
typedef unsigned short sa_family_t;
typedef long register_t;
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned u_int;
typedef unsigned long u_long;

typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long int64_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned uint32_t;
typedef unsigned long uint64_t;
typedef unsigned char u_int8_t;
typedef unsigned short u_int16_t;
typedef unsigned u_int32_t;
typedef unsigned long u_int64_t;
typedef long intmax_t;
typedef unsigned long uintmax_t;

/* The kernel's sigset is 64 bits; the extra room is what applications expect from
 * a glibc-sized sigset_t (128 bytes) so that structures embedding it stay stable. */
typedef struct { unsigned long __bits[128 / sizeof(long)]; } sigset_t;

struct timespec { time_t tv_sec; long tv_nsec; };
struct timeval { time_t tv_sec; suseconds_t tv_usec; };
struct iovec { void *iov_base; size_t iov_len; };

typedef struct __locale_struct *locale_t;

typedef unsigned long pthread_t;
typedef struct { int __i[10]; } pthread_mutex_t;
typedef struct { unsigned __attr; } pthread_mutexattr_t;
typedef struct { int __i[12]; } pthread_cond_t;
typedef struct { unsigned __attr; } pthread_condattr_t;
typedef struct { unsigned long __s[7]; } pthread_attr_t;
typedef int pthread_once_t;
typedef unsigned pthread_key_t;
typedef union { int __i[14]; long __align; } pthread_rwlock_t;
typedef struct { unsigned __attr[2]; } pthread_rwlockattr_t;
typedef struct { int __i[8]; } pthread_barrier_t;
typedef struct { unsigned __attr; } pthread_barrierattr_t;
typedef volatile int pthread_spinlock_t;

typedef struct { unsigned __opaque[2]; } __r3_mbstate;
typedef __r3_mbstate mbstate_t;

#endif
