#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H
#include <bits/syscall.h>
#endif
