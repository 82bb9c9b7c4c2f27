/* threads N FILE: a process with N threads besides the main one, each named
 * "worker"; once all have their names it writes its pid to FILE and waits to be
 * killed. For the ps thread tests: what they see is fixed before FILE appears. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <unistd.h>

static pthread_barrier_t named;

static void *worker(void *arg)
{
	(void)arg;
	prctl(PR_SET_NAME, "worker");
	pthread_barrier_wait(&named);
	for (;;)
		pause();
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 3)
		return 2;
	int n = atoi(argv[1]);
	pthread_barrier_init(&named, 0, (unsigned)n + 1);
	for (int i = 0; i < n; i++) {
		pthread_t t;
		if (pthread_create(&t, 0, worker, 0))
			return 1;
	}
	pthread_barrier_wait(&named);
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s.tmp", argv[2]);
	FILE *f = fopen(tmp, "w");
	if (!f || fprintf(f, "%d\n", (int)getpid()) < 0 || fclose(f) || rename(tmp, argv[2]))
		return 1;
	for (;;)
		pause();
}
