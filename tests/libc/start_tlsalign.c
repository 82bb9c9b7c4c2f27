/* start_tlsalign: thread-local storage aligned beyond the thread pointer's own
 * 16 bytes, small enough for the start code's block on the stack: initialised and
 * zero parts in place, in the main thread and a new one. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int fails;
#define CHECK(c) do { if (c) { fputs("ok ", stdout); puts(#c); } \
	else { fputs("FAIL ", stdout); puts(#c); fails++; } } while (0)

static _Alignas(256) _Thread_local char text[5] = "tls";
static _Thread_local char byte = 7;
static _Alignas(128) _Thread_local long zero[3];

static int sane(void)
{
	return ((uintptr_t)text & 255) == 0 && ((uintptr_t)zero & 127) == 0 &&
		strcmp(text, "tls") == 0 && byte == 7 && !zero[0] && !zero[2];
}

static void *thread(void *arg)
{
	(void)arg;
	return (void *)(intptr_t)sane();
}

int main(void)
{
	pthread_t t;
	void *r = 0;
	CHECK(sane());
	text[0] = 'X';
	zero[2] = 1;
	CHECK(pthread_create(&t, 0, thread, 0) == 0 && pthread_join(t, &r) == 0 && r == (void *)1);
	CHECK(text[0] == 'X' && zero[2] == 1);
	return fails != 0;
}
