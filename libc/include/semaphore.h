#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H

#include <features.h>
#include <bits/alltypes.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Unnamed semaphores only: sem_open and the other named ones are not provided. */
typedef struct { volatile int __val[8]; } sem_t;

#include <limits.h>

int sem_init(sem_t *, int, unsigned);
int sem_destroy(sem_t *);
int sem_wait(sem_t *);
int sem_trywait(sem_t *);
int sem_timedwait(sem_t *__restrict, const struct timespec *__restrict);
int sem_clockwait(sem_t *__restrict, clockid_t, const struct timespec *__restrict);
int sem_post(sem_t *);
int sem_getvalue(sem_t *__restrict, int *__restrict);

#ifdef __cplusplus
}
#endif
#endif
