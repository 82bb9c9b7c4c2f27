#ifndef _ALLOCA_H
#define _ALLOCA_H
#include <bits/alltypes.h>
void *alloca(size_t);
#define alloca __builtin_alloca
#endif
