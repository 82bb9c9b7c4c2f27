#include <unistd.h>
#include "syscall.h"

pid_t setsid(void) { return syscall_r(SYS_setsid); }
pid_t getsid(pid_t p) { return syscall_r(SYS_getsid, p); }
int setpgid(pid_t p, pid_t g) { return syscall_r(SYS_setpgid, p, g); }
pid_t getpgid(pid_t p) { return syscall_r(SYS_getpgid, p); }
pid_t getpgrp(void) { return __syscall(SYS_getpgid, 0); }
int setpgrp(void) { return setpgid(0, 0); }
