#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/sem.h>
#include <sys/msg.h>
#include <sys/stat.h>
#include <stdarg.h>
#include "syscall.h"

/* x86_64 has only the 64-bit structures: the *ctl commands go without the
 * IPC_64 flag (0x100) that 32-bit architectures need, which this kernel rejects. */

key_t ftok(const char *path, int id)
{
	struct stat st;
	if (stat(path, &st) < 0) return -1;
	return (key_t)((st.st_ino & 0xffff) | ((st.st_dev & 0xff) << 16) | ((unsigned)(id & 0xff) << 24));
}

void *shmat(int id, const void *addr, int flags) { return (void *)syscall_r(SYS_shmat, id, addr, flags); }
int shmdt(const void *addr) { return syscall_r(SYS_shmdt, addr); }
int shmget(key_t key, size_t size, int flags) { return syscall_r(SYS_shmget, key, size, flags); }
int shmctl(int id, int cmd, struct shmid_ds *buf) { return syscall_r(SYS_shmctl, id, cmd, buf); }

int semget(key_t key, int n, int flags) { return syscall_r(SYS_semget, key, n, flags); }
int semop(int id, struct sembuf *ops, size_t n) { return syscall_r(SYS_semop, id, ops, n); }
int semtimedop(int id, struct sembuf *ops, size_t n, const struct timespec *ts)
{
	return syscall_r(SYS_semtimedop, id, ops, n, ts);
}

/* The fourth argument is a union semun the caller defines; all its members are
 * passed in one register, so reading it as a long covers them all. */
int semctl(int id, int num, int cmd, ...)
{
	long arg = 0;
	switch (cmd) {
	case SETVAL: case GETALL: case SETALL: case IPC_STAT: case IPC_SET:
	case IPC_INFO: case SEM_INFO: case SEM_STAT: {
		va_list ap;
		va_start(ap, cmd);
		arg = va_arg(ap, long);
		va_end(ap);
	}
	}
	return syscall_r(SYS_semctl, id, num, cmd, arg);
}

int msgget(key_t key, int flags) { return syscall_r(SYS_msgget, key, flags); }
int msgctl(int id, int cmd, struct msqid_ds *buf) { return syscall_r(SYS_msgctl, id, cmd, buf); }
ssize_t msgrcv(int id, void *msg, size_t n, long type, int flags) { return syscall_r(SYS_msgrcv, id, msg, n, type, flags); }
int msgsnd(int id, const void *msg, size_t n, int flags) { return syscall_r(SYS_msgsnd, id, msg, n, flags); }
