#ifndef _STDDEF_H
#define _STDDEF_H

#include <bits/alltypes.h>

#define NULL ((void *)0)
#define offsetof(t, m) __builtin_offsetof(t, m)

typedef struct {
	long long __ll __attribute__((__aligned__(__alignof__(long long))));
	long double __ld __attribute__((__aligned__(__alignof__(long double))));
} max_align_t;

#endif
