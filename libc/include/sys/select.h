#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <features.h>
#include <bits/alltypes.h>

#define FD_SETSIZE 1024

typedef unsigned long fd_mask;
#define NFDBITS (8 * (int)sizeof(fd_mask))

typedef struct {
	fd_mask fds_bits[FD_SETSIZE / NFDBITS];
} fd_set;

#define FD_ZERO(s) do { for (int __i = 0; __i < FD_SETSIZE / NFDBITS; __i++) \
	(s)->fds_bits[__i] = 0; } while (0)
#define FD_SET(d, s) ((void)((s)->fds_bits[(d) / NFDBITS] |= 1UL << ((d) % NFDBITS)))
#define FD_CLR(d, s) ((void)((s)->fds_bits[(d) / NFDBITS] &= ~(1UL << ((d) % NFDBITS))))
#define FD_ISSET(d, s) (!!((s)->fds_bits[(d) / NFDBITS] & (1UL << ((d) % NFDBITS))))

int select(int, fd_set *__restrict, fd_set *__restrict, fd_set *__restrict,
	struct timeval *__restrict);
int pselect(int, fd_set *__restrict, fd_set *__restrict, fd_set *__restrict,
	const struct timespec *__restrict, const sigset_t *__restrict);

#endif
