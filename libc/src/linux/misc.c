#include <sys/personality.h>
#include <sys/fsuid.h>
#include <sys/timex.h>
#include "syscall.h"

int personality(unsigned long p) { return syscall_r(SYS_personality, p); }
int setfsuid(uid_t u) { return __syscall(SYS_setfsuid, u); }
int setfsgid(gid_t g) { return __syscall(SYS_setfsgid, g); }
int adjtimex(struct timex *t) { return syscall_r(SYS_adjtimex, t); }
int clock_adjtime(clockid_t c, struct timex *t) { return syscall_r(SYS_clock_adjtime, c, t); }
