/* threads: create/join/detach, return values, per-thread errno and __thread data,
 * mutexes (normal, recursive, error-checking, trylock, timedlock), condition
 * variables (signal, broadcast, timeouts on both clocks), rwlocks, once, keys with
 * destructors, barriers, spinlocks, semaphores, malloc and stdio from many threads at
 * once, fork and atfork handlers in a threaded program, and pthread_exit from main. */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define NTHREADS 4
#define ROUNDS 100000

static int fails;
#define CHECK(cond, what) do { \
	if (cond) printf("ok %s\n", what); \
	else { printf("FAIL %s (line %d)\n", what, __LINE__); fails++; } \
} while (0)

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static long counter;
static __thread int tls_value = 7;
static __thread char tls_buf[64];

static void *count_up(void *arg)
{
	for (int i = 0; i < ROUNDS; i++) {
		pthread_mutex_lock(&mutex);
		counter++;
		pthread_mutex_unlock(&mutex);
	}
	return arg;
}

static void *tls_worker(void *arg)
{
	long id = (long)arg;
	int ok = tls_value == 7 && tls_buf[0] == 0;
	tls_value = (int)id * 100;
	snprintf(tls_buf, sizeof tls_buf, "thread %ld", id);
	errno = (int)id + 1;
	usleep(1000);
	char want[64];
	snprintf(want, sizeof want, "thread %ld", id);
	ok = ok && tls_value == id * 100 && !strcmp(tls_buf, want) && errno == id + 1;
	return (void *)(long)ok;
}

static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int queue[16], qhead, qtail, produced_sum, consumed_sum;

static void *producer(void *arg)
{
	for (int i = 1; i <= 1000; i++) {
		pthread_mutex_lock(&mutex);
		while (qtail - qhead == 16)
			pthread_cond_wait(&cond, &mutex);
		queue[qtail++ % 16] = i;
		produced_sum += i;
		pthread_cond_broadcast(&cond);
		pthread_mutex_unlock(&mutex);
	}
	return 0;
}

static void *consumer(void *arg)
{
	for (int i = 0; i < 1000; i++) {
		pthread_mutex_lock(&mutex);
		while (qtail == qhead)
			pthread_cond_wait(&cond, &mutex);
		consumed_sum += queue[qhead++ % 16];
		pthread_cond_broadcast(&cond);
		pthread_mutex_unlock(&mutex);
	}
	return 0;
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs;
static void init_once(void)
{
	usleep(2000);
	once_runs++;
}
static void *call_once(void *arg)
{
	pthread_once(&once, init_once);
	return (void *)(long)once_runs;
}

static pthread_key_t key;
static int dtor_calls;
static pthread_mutex_t dtor_lock = PTHREAD_MUTEX_INITIALIZER;
static void dtor(void *p)
{
	pthread_mutex_lock(&dtor_lock);
	dtor_calls++;
	pthread_mutex_unlock(&dtor_lock);
	free(p);
}
static void *use_key(void *arg)
{
	pthread_setspecific(key, calloc(1, 16));
	return pthread_getspecific(key) ? arg : 0;
}

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long rw_data[2];
static void *rw_worker(void *arg)
{
	int bad = 0;
	for (int i = 0; i < 20000; i++) {
		if (i % 10 == 0) {
			pthread_rwlock_wrlock(&rw);
			rw_data[0]++;
			rw_data[1]++;
			pthread_rwlock_unlock(&rw);
		} else {
			pthread_rwlock_rdlock(&rw);
			if (rw_data[0] != rw_data[1]) bad = 1;
			pthread_rwlock_unlock(&rw);
		}
	}
	return (void *)(long)bad;
}

static pthread_barrier_t barrier;
static int phase[NTHREADS];
static void *barrier_worker(void *arg)
{
	long id = (long)arg;
	int bad = 0, serial = 0;
	for (int round = 0; round < 50; round++) {
		phase[id] = round;
		if (pthread_barrier_wait(&barrier) == PTHREAD_BARRIER_SERIAL_THREAD) serial++;
		for (int j = 0; j < NTHREADS; j++)
			if (phase[j] != round) bad = 1;
		pthread_barrier_wait(&barrier);
	}
	return (void *)(long)(bad ? -1 : serial);
}

static pthread_spinlock_t spin;
static long spin_count;
static void *spin_worker(void *arg)
{
	for (int i = 0; i < ROUNDS / 4; i++) {
		pthread_spin_lock(&spin);
		spin_count++;
		pthread_spin_unlock(&spin);
	}
	return 0;
}

static sem_t sem_items;
static long sem_sum;
static void *sem_producer(void *arg)
{
	for (int i = 0; i < 1000; i++) sem_post(&sem_items);
	return 0;
}

static void *malloc_worker(void *arg)
{
	void *blocks[64] = { 0 };
	unsigned seed = (unsigned)(long)arg;
	for (int i = 0; i < 20000; i++) {
		int slot = rand_r(&seed) % 64;
		free(blocks[slot]);
		size_t n = 1 + rand_r(&seed) % (i % 100 == 0 ? 200000 : 600);
		blocks[slot] = malloc(n);
		if (!blocks[slot]) return (void *)1L;
		memset(blocks[slot], (int)(long)arg, n);
	}
	for (int i = 0; i < 64; i++) free(blocks[i]);
	return 0;
}

static void *stdio_worker(void *arg)
{
	FILE *f = arg;
	for (int i = 0; i < 2000; i++)
		fprintf(f, "%ld-%04d-abcdefghijklmnopqrstuvwxyz\n", (long)pthread_self() % 1000, i);
	return 0;
}

static int prepared, in_parent, in_child;
static void at_prepare(void) { prepared++; }
static void at_parent(void) { in_parent++; }
static void at_child(void) { in_child++; }

static void *detached(void *arg)
{
	sem_post(arg);
	return 0;
}

static void *self_check(void *arg)
{
	return (void *)pthread_self();
}

static void *exit_early(void *arg)
{
	pthread_exit((void *)42L);
}

static void *last_one(void *arg)
{
	usleep(20000);
	printf("ok main's pthread_exit left this thread running\n");
	if (fails) printf("%d FAILED\n", fails);
	fflush(stdout);
	/* The last thread out: the process ends with exit(0) unless checks failed. */
	if (fails) exit(1);
	return 0;
}

int main(void)
{
	pthread_t th[NTHREADS];
	void *res;

	counter = 0;
	for (long i = 0; i < NTHREADS; i++) pthread_create(&th[i], 0, count_up, (void *)i);
	int rets = 1;
	for (long i = 0; i < NTHREADS; i++) {
		pthread_join(th[i], &res);
		rets &= res == (void *)i;
	}
	CHECK(counter == (long)NTHREADS * ROUNDS, "mutex counter from 4 threads");
	CHECK(rets, "join returns each thread's value");

	int all = 1;
	for (long i = 0; i < NTHREADS; i++) pthread_create(&th[i], 0, tls_worker, (void *)(i + 1));
	for (long i = 0; i < NTHREADS; i++) {
		pthread_join(th[i], &res);
		all &= res == (void *)1L;
	}
	CHECK(all && tls_value == 7, "__thread data and errno are per thread");

	pthread_create(&th[0], 0, producer, 0);
	pthread_create(&th[1], 0, consumer, 0);
	pthread_join(th[0], 0);
	pthread_join(th[1], 0);
	CHECK(produced_sum == 500500 && consumed_sum == 500500, "condition variable queue");

	struct timespec at;
	clock_gettime(CLOCK_REALTIME, &at);
	at.tv_nsec += 20000000;
	if (at.tv_nsec >= 1000000000) { at.tv_sec++; at.tv_nsec -= 1000000000; }
	pthread_mutex_lock(&mutex);
	int r = pthread_cond_timedwait(&cond, &mutex, &at);
	pthread_mutex_unlock(&mutex);
	CHECK(r == ETIMEDOUT, "cond_timedwait times out (CLOCK_REALTIME)");
	pthread_condattr_t ca;
	pthread_cond_t mcond;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&mcond, &ca);
	clock_gettime(CLOCK_MONOTONIC, &at);
	at.tv_nsec += 20000000;
	if (at.tv_nsec >= 1000000000) { at.tv_sec++; at.tv_nsec -= 1000000000; }
	pthread_mutex_lock(&mutex);
	r = pthread_cond_timedwait(&mcond, &mutex, &at);
	pthread_mutex_unlock(&mutex);
	CHECK(r == ETIMEDOUT, "cond_timedwait times out (CLOCK_MONOTONIC)");
	at.tv_nsec = 2000000000;
	CHECK(pthread_cond_timedwait(&mcond, &mutex, &at) == EINVAL, "cond_timedwait rejects a bad time");

	pthread_mutexattr_t ma;
	pthread_mutex_t rec, chk;
	pthread_mutexattr_init(&ma);
	pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&rec, &ma);
	pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&chk, &ma);
	CHECK(!pthread_mutex_lock(&rec) && !pthread_mutex_lock(&rec) && !pthread_mutex_trylock(&rec) &&
		!pthread_mutex_unlock(&rec) && !pthread_mutex_unlock(&rec) && !pthread_mutex_unlock(&rec) &&
		pthread_mutex_unlock(&rec) == EPERM, "recursive mutex");
	CHECK(!pthread_mutex_lock(&chk) && pthread_mutex_lock(&chk) == EDEADLK &&
		!pthread_mutex_unlock(&chk) && pthread_mutex_unlock(&chk) == EPERM, "error-checking mutex");
	pthread_mutex_lock(&mutex);
	CHECK(pthread_mutex_trylock(&mutex) == EBUSY, "trylock on a held mutex");
	clock_gettime(CLOCK_REALTIME, &at);
	at.tv_nsec += 10000000;
	if (at.tv_nsec >= 1000000000) { at.tv_sec++; at.tv_nsec -= 1000000000; }
	CHECK(pthread_mutex_timedlock(&mutex, &at) == ETIMEDOUT, "timedlock times out");
	pthread_mutex_unlock(&mutex);

	for (long i = 0; i < NTHREADS; i++) pthread_create(&th[i], 0, call_once, 0);
	all = 1;
	for (long i = 0; i < NTHREADS; i++) {
		pthread_join(th[i], &res);
		all &= res == (void *)1L;
	}
	CHECK(all && once_runs == 1, "pthread_once runs once and everyone waits for it");

	pthread_key_create(&key, dtor);
	for (long i = 0; i < NTHREADS; i++) pthread_create(&th[i], 0, use_key, (void *)1L);
	all = 1;
	for (long i = 0; i < NTHREADS; i++) {
		pthread_join(th[i], &res);
		all &= res == (void *)1L;
	}
	CHECK(all && dtor_calls == NTHREADS && pthread_getspecific(key) == 0, "keys and destructors");
	CHECK(!pthread_key_delete(key) && pthread_setspecific(key, &r) == EINVAL, "deleted key");

	for (long i = 0; i < NTHREADS; i++) pthread_create(&th[i], 0, rw_worker, 0);
	all = 1;
	for (long i = 0; i < NTHREADS; i++) {
		pthread_join(th[i], &res);
		all &= res == 0;
	}
	CHECK(all && rw_data[0] == NTHREADS * 2000, "rwlock: writers exclusive, readers see consistent data");
	pthread_rwlock_rdlock(&rw);
	CHECK(pthread_rwlock_trywrlock(&rw) == EBUSY && !pthread_rwlock_tryrdlock(&rw), "rwlock try");
	pthread_rwlock_unlock(&rw);
	pthread_rwlock_unlock(&rw);

	pthread_barrier_init(&barrier, 0, NTHREADS);
	for (long i = 0; i < NTHREADS; i++) pthread_create(&th[i], 0, barrier_worker, (void *)i);
	int serials = 0;
	all = 1;
	for (long i = 0; i < NTHREADS; i++) {
		pthread_join(th[i], &res);
		if ((long)res < 0) all = 0;
		else serials += (int)(long)res;
	}
	CHECK(all && serials == 50, "barrier: nobody passes early, one serial thread per round");

	pthread_spin_init(&spin, 0);
	for (long i = 0; i < NTHREADS; i++) pthread_create(&th[i], 0, spin_worker, 0);
	for (long i = 0; i < NTHREADS; i++) pthread_join(th[i], 0);
	CHECK(spin_count == (long)NTHREADS * (ROUNDS / 4), "spinlock counter");

	sem_init(&sem_items, 0, 0);
	pthread_create(&th[0], 0, sem_producer, 0);
	pthread_create(&th[1], 0, sem_producer, 0);
	for (int i = 0; i < 2000; i++) {
		sem_wait(&sem_items);
		sem_sum++;
	}
	pthread_join(th[0], 0);
	pthread_join(th[1], 0);
	int v = -1;
	sem_getvalue(&sem_items, &v);
	CHECK(sem_sum == 2000 && v == 0 && sem_trywait(&sem_items) == -1 && errno == EAGAIN, "semaphores");
	clock_gettime(CLOCK_REALTIME, &at);
	at.tv_nsec += 10000000;
	if (at.tv_nsec >= 1000000000) { at.tv_sec++; at.tv_nsec -= 1000000000; }
	CHECK(sem_timedwait(&sem_items, &at) == -1 && errno == ETIMEDOUT, "sem_timedwait times out");

	for (long i = 0; i < NTHREADS; i++) pthread_create(&th[i], 0, malloc_worker, (void *)(i + 1));
	all = 1;
	for (long i = 0; i < NTHREADS; i++) {
		pthread_join(th[i], &res);
		all &= res == 0;
	}
	CHECK(all, "malloc and free from 4 threads at once");

	FILE *f = tmpfile();
	for (long i = 0; i < NTHREADS; i++) pthread_create(&th[i], 0, stdio_worker, f);
	for (long i = 0; i < NTHREADS; i++) pthread_join(th[i], 0);
	rewind(f);
	char line[128];
	int lines = 0, whole = 1;
	while (fgets(line, sizeof line, f)) {
		lines++;
		size_t n = strlen(line);
		if (n < 32 || strcmp(line + n - 28, "-abcdefghijklmnopqrstuvwxyz\n")) whole = 0;
	}
	fclose(f);
	CHECK(lines == NTHREADS * 2000 && whole, "fprintf from 4 threads: whole lines, none lost");

	pthread_atfork(at_prepare, at_parent, at_child);
	pthread_create(&th[0], 0, count_up, 0);
	pid_t pid = fork();
	if (pid == 0) {
		/* The child has one thread; malloc and stdio must work in it. */
		void *p = malloc(100);
		char buf[32];
		snprintf(buf, sizeof buf, "%d", in_child);
		_exit(p && in_child == 1 && !strcmp(buf, "1") ? 0 : 1);
	}
	int st = -1;
	waitpid(pid, &st, 0);
	pthread_join(th[0], 0);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0 && prepared == 1 && in_parent == 1,
		"fork in a threaded program, atfork handlers");

	sem_t done;
	sem_init(&done, 0, 0);
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, 65536);
	for (int i = 0; i < 100; i++) pthread_create(&th[0], &attr, detached, &done);
	for (int i = 0; i < 100; i++) sem_wait(&done);
	CHECK(1, "100 detached threads ran");
	pthread_create(&th[1], 0, detached, &done);
	sem_wait(&done);
	usleep(10000);
	CHECK(pthread_detach(th[1]) == 0, "detach after the thread ended");

	pthread_create(&th[0], 0, self_check, 0);
	pthread_join(th[0], &res);
	CHECK(res == (void *)th[0], "pthread_self is what create returned");
	pthread_create(&th[0], 0, exit_early, 0);
	pthread_join(th[0], &res);
	CHECK(res == (void *)42L, "pthread_exit value reaches join");
	CHECK(pthread_join(pthread_self(), 0) == EDEADLK, "joining oneself");
	char name[16];
	CHECK(!pthread_setname_np(pthread_self(), "r3-main") && !pthread_getname_np(pthread_self(), name, sizeof name) &&
		!strcmp(name, "r3-main"), "thread names");

	pthread_create(&th[0], 0, last_one, 0);
	fflush(stdout);
	pthread_exit(0);
}
