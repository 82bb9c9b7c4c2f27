/* start_tls: a TLS image too big for the start code's stack block (it maps one
 * instead): initialised and zero parts, in the main thread and a new one. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static int fails;
#define CHECK(c) do { if (c) { fputs("ok ", stdout); puts(#c); } \
	else { fputs("FAIL ", stdout); puts(#c); fails++; } } while (0)

static _Thread_local char big[65536] = "tls";
static _Thread_local long zero[4096];
static _Alignas(64) _Thread_local int aligned = 7;

static int sane(void)
{
	for (size_t i = 0; i < sizeof zero / sizeof *zero; i++)
		if (zero[i]) return 0;
	return strcmp(big, "tls") == 0 && big[sizeof big - 1] == 0 && aligned == 7 &&
		((unsigned long)&aligned & 63) == 0;
}

static void *thread(void *arg)
{
	(void)arg;
	return (void *)(long)sane();
}

int main(void)
{
	pthread_t t;
	void *r = 0;
	CHECK(sane());
	big[0] = 'X';
	zero[4095] = 1;
	CHECK(pthread_create(&t, 0, thread, 0) == 0 && pthread_join(t, &r) == 0 && r == (void *)1);
	CHECK(big[0] == 'X' && zero[4095] == 1);
	return fails != 0;
}
