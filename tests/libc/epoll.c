/* epoll: the event structure has the kernel's layout on this architecture (packed on
 * x86_64 only), so epoll_wait hands back the data given to epoll_ctl. */
#include <stdio.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <unistd.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

int main(void)
{
	int p[2], q[2], ep = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event ev = { .events = EPOLLIN }, got[4];

#ifdef __x86_64__
	CHECK(sizeof(struct epoll_event) == 12);
#else
	CHECK(sizeof(struct epoll_event) == 16);
#endif
	CHECK(ep >= 0 && pipe(p) == 0 && pipe(q) == 0);
	ev.data.u64 = 0x1122334455667788ULL;
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev) == 0);
	ev.data.u64 = 0x99aabbccddeeff00ULL;
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, q[0], &ev) == 0);
	CHECK(epoll_wait(ep, got, 4, 0) == 0);
	CHECK(write(q[1], "x", 1) == 1);
	CHECK(epoll_wait(ep, got, 4, 1000) == 1 && got[0].events == EPOLLIN &&
		got[0].data.u64 == 0x99aabbccddeeff00ULL);
	CHECK(write(p[1], "y", 1) == 1);
	int n = epoll_wait(ep, got, 4, 1000);
	CHECK(n == 2 && got[0].events == EPOLLIN && got[1].events == EPOLLIN &&
		got[0].data.u64 + got[1].data.u64 == 0x1122334455667788ULL + 0x99aabbccddeeff00ULL);
	CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, q[0], 0) == 0);
	CHECK(epoll_wait(ep, got, 4, 1000) == 1 && got[0].data.u64 == 0x1122334455667788ULL);
	return fails != 0;
}
