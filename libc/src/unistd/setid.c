#include <unistd.h>
#include "syscall.h"

/* Without threads the raw calls are enough: there is no other thread whose
 * credentials would need to follow. */
int setuid(uid_t u) { return syscall_r(SYS_setuid, u); }
int setgid(gid_t g) { return syscall_r(SYS_setgid, g); }
int seteuid(uid_t u) { return syscall_r(SYS_setresuid, -1, u, -1); }
int setegid(gid_t g) { return syscall_r(SYS_setresgid, -1, g, -1); }
int setreuid(uid_t r, uid_t e) { return syscall_r(SYS_setreuid, r, e); }
int setregid(gid_t r, gid_t e) { return syscall_r(SYS_setregid, r, e); }
int setresuid(uid_t r, uid_t e, uid_t s) { return syscall_r(SYS_setresuid, r, e, s); }
int setresgid(gid_t r, gid_t e, gid_t s) { return syscall_r(SYS_setresgid, r, e, s); }
int getresuid(uid_t *r, uid_t *e, uid_t *s) { return syscall_r(SYS_getresuid, r, e, s); }
int getresgid(gid_t *r, gid_t *e, gid_t *s) { return syscall_r(SYS_getresgid, r, e, s); }
