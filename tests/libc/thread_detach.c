/* thread_detach: detached threads that end at once. pthread_create must not touch the
 * new thread's memory after clone (a detached thread unmaps it when it exits): the
 * creator's signal mask, restored after clone, stays what it was. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static void *nothing(void *arg) { return arg; }

int main(void)
{
	pthread_attr_t a;
	sigset_t mine, now;
	int i, bad = 0;

	sigemptyset(&mine);
	sigaddset(&mine, SIGUSR2);
	sigprocmask(SIG_SETMASK, &mine, 0);
	pthread_attr_init(&a);
	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
	for (i = 0; i < 1000 && !bad; i++) {
		pthread_t t;
		if (pthread_create(&t, &a, nothing, 0)) {
			printf("FAIL pthread_create %d\n", i);
			return 1;
		}
		sigprocmask(SIG_BLOCK, 0, &now);
		bad = sigismember(&now, SIGUSR1) || !sigismember(&now, SIGUSR2);
	}
	printf(bad ? "FAIL the creator's mask after %d threads\n" : "ok %d detached threads\n", i);
	return bad;
}
