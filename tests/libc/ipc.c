/* ipc: System V shared memory, semaphores and message queues round trips. */
#include <stdio.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <unistd.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

union semun { int val; struct semid_ds *buf; unsigned short *array; };

int main(void)
{
	int shm = shmget(IPC_PRIVATE, 8192, IPC_CREAT | 0600);
	if (shm < 0) {
		/* Some sandboxes have no IPC namespace support: nothing to test. */
		printf("ok skipped (no System V IPC)\n");
		return 0;
	}
	char *p = shmat(shm, NULL, 0);
	CHECK(p != (void *)-1);
	strcpy(p, "shared");
	struct shmid_ds ds;
	CHECK(shmctl(shm, IPC_STAT, &ds) == 0 && ds.shm_segsz == 8192 && ds.shm_nattch == 1
		&& ds.shm_cpid == getpid() && (ds.shm_perm.mode & 0777) == 0600);
	char *q = shmat(shm, NULL, SHM_RDONLY);
	CHECK(q != (void *)-1 && strcmp(q, "shared") == 0);
	CHECK(shmdt(q) == 0 && shmdt(p) == 0 && shmctl(shm, IPC_RMID, NULL) == 0);

	int sem = semget(IPC_PRIVATE, 2, IPC_CREAT | 0600);
	CHECK(sem >= 0);
	union semun arg = { .val = 5 };
	CHECK(semctl(sem, 1, SETVAL, arg) == 0 && semctl(sem, 1, GETVAL) == 5);
	struct sembuf op = { 1, -2, 0 };
	CHECK(semop(sem, &op, 1) == 0 && semctl(sem, 1, GETVAL) == 3);
	struct semid_ds sds;
	arg.buf = &sds;
	CHECK(semctl(sem, 0, IPC_STAT, arg) == 0 && sds.sem_nsems == 2);
	CHECK(semctl(sem, 0, IPC_RMID) == 0);

	int mq = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
	CHECK(mq >= 0);
	struct { long type; char text[16]; } m = { 7, "hello" }, r;
	CHECK(msgsnd(mq, &m, sizeof m.text, 0) == 0);
	struct msqid_ds mds;
	CHECK(msgctl(mq, IPC_STAT, &mds) == 0 && mds.msg_qnum == 1 && mds.msg_lspid == getpid());
	CHECK(msgrcv(mq, &r, sizeof r.text, 7, 0) == (ssize_t)sizeof r.text && strcmp(r.text, "hello") == 0);
	CHECK(msgctl(mq, IPC_RMID, NULL) == 0);
	CHECK(ftok("/", 'x') != -1);
	return fails != 0;
}
