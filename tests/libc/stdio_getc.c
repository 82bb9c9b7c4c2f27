/* getc and its family (fgetc, getchar and the _unlocked forms): every byte value read
 * back (0xff is not EOF), across buffer refills; ungetc in the middle and after end of
 * file; end of file and errors; then, once a thread exists (the locked path), two
 * threads sharing one stream with getc get every byte exactly once, and flockfile
 * keeps the other thread out of a run of getc_unlocked calls. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failed;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL line %d: %s\n", __LINE__, #c); failed++; } } while (0)

#define N 100000	/* several buffers' worth */
#define BYTE(i) ((unsigned char)((i) * 7 + (i) / 256))	/* every value, in no simple order */

static char path[64];

/* reads the whole file with fn; returns the offset of the first wrong byte, or N when
 * all are right and the next call gives EOF */
static long read_all(int (*fn)(FILE *), FILE *f)
{
	long i;
	for (i = 0; i < N; i++)
		if (fn(f) != BYTE(i))
			return i;
	return fn(f) == EOF ? N : -1;
}

static int call_getc(FILE *f) { return getc(f); }
static int call_getc_unlocked(FILE *f) { return getc_unlocked(f); }
static int call_getchar(FILE *f) { (void)f; return getchar(); }
static int call_getchar_unlocked(FILE *f) { (void)f; return getchar_unlocked(); }

static void single(void)
{
	FILE *f = fopen(path, "r");
	int c;

	CHECK(f && read_all(fgetc, f) == N && feof(f) && !ferror(f));
	rewind(f);
	CHECK(read_all(call_getc, f) == N);
	rewind(f);
	CHECK(read_all(fgetc_unlocked, f) == N);
	rewind(f);
	CHECK(read_all(call_getc_unlocked, f) == N);
	/* end of file is sticky; ungetc clears it and its byte is read next */
	CHECK(getc(f) == EOF && feof(f));
	CHECK(ungetc(0xff, f) == 0xff && !feof(f) && getc(f) == 0xff && getc(f) == EOF);
	/* ungetc in the middle, then the file goes on where it was */
	rewind(f);
	CHECK(getc(f) == BYTE(0) && getc(f) == BYTE(1));
	CHECK(ungetc('x', f) == 'x' && getc(f) == 'x' && getc(f) == BYTE(2));
	CHECK(ungetc(EOF, f) == EOF && getc(f) == BYTE(3));
	fclose(f);

	/* getchar on stdin, opened on the file */
	CHECK(freopen(path, "r", stdin) == stdin);
	CHECK(read_all(call_getchar, stdin) == N);
	rewind(stdin);
	CHECK(read_all(call_getchar_unlocked, stdin) == N);

	/* a stream open for writing only: EOF and the error indicator */
	f = fopen(path, "a");
	c = getc(f);
	CHECK(c == EOF && ferror(f) && !feof(f));
	fclose(f);
}

static FILE *shared;
static long counts[256];
static pthread_mutex_t counts_lock = PTHREAD_MUTEX_INITIALIZER;
static volatile int holder_ready, other_started;

static void *reader(void *arg)
{
	long mine[256] = { 0 };
	int c;

	(void)arg;
	while ((c = getc(shared)) != EOF)
		mine[c]++;
	pthread_mutex_lock(&counts_lock);
	for (int i = 0; i < 256; i++)
		counts[i] += mine[i];
	pthread_mutex_unlock(&counts_lock);
	return 0;
}

static void *other(void *arg)
{
	(void)arg;
	while (!holder_ready)
		;
	other_started = 1;
	return (void *)(long)getc(shared);	/* waits for funlockfile */
}

static void threads(void)
{
	long want[256] = { 0 };
	pthread_t t[2];
	void *r;
	int run, i, each_once = 1, c;

	for (i = 0; i < N; i++)
		want[BYTE(i)]++;
	/* twice the file through two threads: every byte once, none twice */
	for (run = 0; run < 2; run++) {
		memset(counts, 0, sizeof counts);
		shared = fopen(path, "r");
		pthread_create(&t[0], 0, reader, 0);
		pthread_create(&t[1], 0, reader, 0);
		pthread_join(t[0], 0);
		pthread_join(t[1], 0);
		each_once &= !memcmp(counts, want, sizeof want) && feof(shared);
		fclose(shared);
	}
	CHECK(each_once);

	/* flockfile: the other thread's getc waits until funlockfile, so this thread's
	 * getc_unlocked calls see the first bytes in order */
	shared = fopen(path, "r");
	flockfile(shared);
	pthread_create(&t[0], 0, other, 0);
	holder_ready = 1;
	while (!other_started)
		;
	usleep(10000);	/* let the other thread reach getc (the order holds either way) */
	for (i = 0; i < 1000; i++)
		if ((c = getc_unlocked(shared)) != BYTE(i))
			break;
	CHECK(i == 1000);
	CHECK(getc(shared) == BYTE(1000));	/* the lock is recursive for its owner */
	funlockfile(shared);
	pthread_join(t[0], &r);
	CHECK((long)r == BYTE(1001));
	fclose(shared);
}

int main(void)
{
	FILE *f;
	long i;

	snprintf(path, sizeof path, "/tmp/ring3-getc-%d", (int)getpid());
	f = fopen(path, "w");
	for (i = 0; i < N; i++)
		putc(BYTE(i), f);
	if (!f || fclose(f)) {
		perror(path);
		return 1;
	}
	single();
	threads();
	unlink(path);
	return failed != 0;
}
