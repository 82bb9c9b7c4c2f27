#include <unistd.h>
#include "syscall.h"

/* These cannot fail. */
pid_t getpid(void) { return __syscall(SYS_getpid); }
pid_t getppid(void) { return __syscall(SYS_getppid); }
pid_t gettid(void) { return __syscall(SYS_gettid); }
uid_t getuid(void) { return __syscall(SYS_getuid); }
uid_t geteuid(void) { return __syscall(SYS_geteuid); }
gid_t getgid(void) { return __syscall(SYS_getgid); }
gid_t getegid(void) { return __syscall(SYS_getegid); }
