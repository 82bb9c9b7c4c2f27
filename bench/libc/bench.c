/* bench/libc/bench.c: C library micro-benchmarks, built three ways (glibc, musl, ring3)
 * by bench/libc/run and compared side by side.
 *
 *   bench [-q] [-f FILE] [-s TINY FLOOR] [PATTERN]
 *   bench -g FILE MIB          write a text file of MIB MiB (lines of 1-120 bytes)
 *
 * Prints one line per workload: NAME<TAB>SECONDS-PER-OP<TAB>BYTES-PER-OP (0: not a
 * throughput figure). Time is CPU time (CLOCK_PROCESS_CPUTIME_ID), best of several
 * rounds (see run()).
 * -f names the text file for fgets/getc, -s the two binaries for the start+exit figure
 * (a static hello of this libc and a libc-free floor), PATTERN selects workloads by
 * substring ("A|B": either). Portable C: it must build against all three C libraries. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <pthread.h>

static volatile size_t sink;
static int quick;
static const char *pattern;

static double cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static unsigned long long rng_state = 0x9e3779b97f4a7c15ull;
static unsigned rnd(void)
{
	rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
	return (unsigned)(rng_state >> 33);
}

static void report(const char *name, double sec, double bytes)
{
	printf("%s\t%.6g\t%.0f\n", name, sec, bytes);
	fflush(stdout);
}

/* PATTERN: substrings separated by '|', any of which selects a workload */
static int selected(const char *name)
{
	const char *p = pattern, *bar;
	size_t nlen = strlen(name), len;

	if (!p)
		return 1;
	for (;; p = bar + 1) {
		bar = strchr(p, '|');
		len = bar ? (size_t)(bar - p) : strlen(p);
		for (size_t i = 0; i + len <= nlen; i++)
			if (!memcmp(name + i, p, len))
				return 1;
		if (!bar)
			return 0;
	}
}

/* Run fn(arg, iters) with growing iters until one round takes >= round_s, then more
 * rounds (nrounds in all); report the best time per op. The 16 MiB rows are bound by
 * the memory and the L3 cache, which the machine's other work shares: on a loaded
 * machine their times swing by 20% and more from round to round, so they take the best
 * of 9 rounds instead of 3 (and bench/libc/run prints the median and range of its
 * rounds alongside the best). The string rows of short calls (4 KiB and less) take
 * the best of 150 rounds of 2 ms instead: a round that no other process, migration or
 * interrupt disturbed is likelier the shorter it is. On the loaded 2-core machine,
 * ring3/glibc per run of this program swung over 0.55-1.52 (strchr 4 KiB) with the
 * best of 3 rounds of 0.15 s, and over about 1.02-1.10 for most of these rows with
 * this (a run now and then still gets no quiet moment). */
typedef void bench_fn(void *arg, long iters);
static int nrounds = 3;
static double round_s = 0.15;
static void run(const char *name, bench_fn *fn, void *arg, double bytes_per_op)
{
	double min_s = quick && round_s > 0.03 ? 0.03 : round_s, best = 1e30, t;
	long iters = 1;
	int rounds = 0;

	if (!selected(name))
		return;
	for (;;) {
		t = cpu_now();
		fn(arg, iters);
		t = cpu_now() - t;
		if (t >= min_s)
			break;
		iters = t < min_s / 16 ? iters * 8 : (long)(iters * (min_s * 1.3 / t)) + 1;
	}
	best = t / iters;
	while (++rounds < nrounds) {
		t = cpu_now();
		fn(arg, iters);
		t = (cpu_now() - t) / iters;
		if (t < best)
			best = t;
	}
	report(name, best, bytes_per_op);
}

/* --- malloc --------------------------------------------------------------------------- */
#define SLOTS 1024
static void *slots[SLOTS];
static size_t sizes[4096];

static void fill_sizes(size_t lo, size_t hi, int logscale)
{
	for (int i = 0; i < 4096; i++) {
		if (logscale) {
			/* log-uniform between lo and hi */
			size_t s = lo << (rnd() % 13);
			s += rnd() % s;
			sizes[i] = s > hi ? hi : s;
		} else {
			sizes[i] = lo + rnd() % (hi - lo + 1);
		}
	}
}

static void b_malloc(void *arg, long iters)
{
	long nslots = (long)(size_t)arg;
	for (long i = 0; i < iters; i++) {
		long k = (i * 7) % nslots;
		free(slots[k]);
		slots[k] = malloc(sizes[i & 4095]);
		*(char *)slots[k] = 1;
	}
}

static void free_slots(void)
{
	for (int i = 0; i < SLOTS; i++) {
		free(slots[i]);
		slots[i] = 0;
	}
}

/* The same churn in two threads at once, each with its own nslots slots (CPU time of
 * both) */
struct churn {
	void *slots[SLOTS];
	long iters, skew, nslots;
};

static void *churn_thread(void *arg)
{
	struct churn *c = arg;
	for (long i = 0; i < c->iters; i++) {
		long k = (i * 7) % c->nslots;
		free(c->slots[k]);
		c->slots[k] = malloc(sizes[(i + c->skew) & 4095]);
		*(char *)c->slots[k] = 1;
	}
	return 0;
}

static void b_malloc_2t(void *arg, long iters)
{
	static struct churn c[2];
	pthread_t t;

	c[0].iters = c[1].iters = iters / 2;
	c[0].nslots = c[1].nslots = (long)(size_t)arg;
	c[1].skew = 2048;
	if (pthread_create(&t, 0, churn_thread, &c[1]))
		exit(1);
	churn_thread(&c[0]);
	pthread_join(t, 0);
}

static void b_realloc(void *arg, long iters)
{
	for (long i = 0; i < iters; ) {
		char *p = 0;
		for (size_t n = 16; n <= 65536 && i < iters; n += n / 8 + 16, i++) {
			p = realloc(p, n);
			p[n - 1] = 1;
		}
		free(p);
	}
}

/* --- snprintf ----------------------------------------------------------------------------- */
static void b_snprintf_d(void *arg, long iters)
{
	char buf[64];
	for (long i = 0; i < iters; i++)
		sink += snprintf(buf, sizeof buf, "%d", (int)(i * 2654435761u));
}

static void b_snprintf_mixed(void *arg, long iters)
{
	char buf[128];
	for (long i = 0; i < iters; i++)
		sink += snprintf(buf, sizeof buf, "%s %5d %08x %c %-8s|%lu", "name", (int)i & 0xffff,
			(unsigned)i * 40503u, 'a' + (int)(i % 26), "ab", (unsigned long)i * 1000003ul);
}

static double fvals[1024];
static void b_snprintf_f(void *arg, long iters)
{
	char buf[64];
	for (long i = 0; i < iters; i++)
		sink += snprintf(buf, sizeof buf, "%.6f", fvals[i & 1023]);
}

static void b_snprintf_gdef(void *arg, long iters)
{
	char buf[64];
	for (long i = 0; i < iters; i++)
		sink += snprintf(buf, sizeof buf, "%g", fvals[i & 1023]);
}

static void b_snprintf_ls(void *arg, long iters)
{
	char buf[64];
	for (long i = 0; i < iters; i++)
		sink += snprintf(buf, sizeof buf, "%ld %s", (long)(i * 0x9E3779B97F4A7C15ull), "name");
}

static void b_snprintf_g(void *arg, long iters)
{
	char buf[64];
	for (long i = 0; i < iters; i++)
		sink += snprintf(buf, sizeof buf, "%.17g", fvals[i & 1023]);
}

static char fstrs[1024][32];
static void b_strtod(void *arg, long iters)
{
	double s = 0;
	for (long i = 0; i < iters; i++)
		s += strtod(fstrs[i & 1023], 0);
	sink += (size_t)s;
}

/* --- string.h ----------------------------------------------------------------------------- */
#define BIG (16 << 20)
static char *big_a, *big_b, *block_a, *block_b;
static size_t offs[4096], lens[4096];

/* Short calls: 4096 (offset, length) pairs, lengths lo..hi */
static void fill_short(size_t lo, size_t hi)
{
	for (int i = 0; i < 4096; i++) {
		lens[i] = lo + rnd() % (hi - lo + 1);
		offs[i] = (rnd() % 4096) * 61 % (1 << 18);
	}
}

static void b_memcpy_big(void *arg, long iters)
{
	for (long i = 0; i < iters; i++)
		memcpy(big_b + (i & 1), big_a, BIG);
	sink += big_b[1];
}

static void b_memcpy_short(void *arg, long iters)
{
	for (long i = 0; i < iters; i++) {
		int k = i & 4095;
		memcpy(big_b + offs[k], big_a + offs[(k + 1) & 4095], lens[k]);
	}
	sink += big_b[7];
}

static void b_memmove_big(void *arg, long iters)
{
	for (long i = 0; i < iters; i++)
		memmove(big_a + 64 + (i & 1), big_a, BIG - 128);
	sink += big_a[100];
}

static void b_memset_big(void *arg, long iters)
{
	for (long i = 0; i < iters; i++)
		memset(big_b, (int)i, BIG);
	sink += big_b[1];
}

static void b_memset_short(void *arg, long iters)
{
	for (long i = 0; i < iters; i++) {
		int k = i & 4095;
		memset(big_b + offs[k], (int)i, lens[k]);
	}
	sink += big_b[7];
}

/* Strings: big_a holds 'a'..'z' with a NUL at the end of the first `len` bytes. */
static void set_string(size_t len)
{
	for (size_t i = 0; i < BIG; i++)
		big_a[i] = 'a' + i % 23;
	big_a[len] = 0;
	memcpy(big_b, big_a, len + 1);
}

static void b_strlen(void *arg, long iters)
{
	for (long i = 0; i < iters; i++)
		sink += strlen(big_a);
}

static char *short_strs[4096], *short_strs2[4096];
/* 4096 short NUL-terminated strings scattered through big_b (lengths from lens[]) */
static void make_short_strs(void)
{
	for (size_t i = 0; i < BIG; i++)
		big_b[i] = 'a' + i % 23;
	for (int i = 0; i < 4096; i++) {
		short_strs[i] = big_b + (size_t)i * 131 + (rnd() % 63);
		short_strs[i][lens[i]] = 0;
	}
	/* equal copies at other alignments, for strcmp */
	for (int i = 0; i < 4096; i++) {
		short_strs2[i] = big_a + (size_t)i * 131 + (rnd() % 63);
		memcpy(short_strs2[i], short_strs[i], lens[i] + 1);
	}
}

static void b_strlen_short(void *arg, long iters)
{
	for (long i = 0; i < iters; i++)
		sink += strlen(short_strs[i & 4095]);
}

/* an absent byte, so all lens[k] bytes are looked at */
static void b_memchr_short(void *arg, long iters)
{
	for (long i = 0; i < iters; i++) {
		int k = i & 4095;
		sink += (size_t)memchr(short_strs[k], 'z', lens[k]);
	}
}

static void b_memchr(void *arg, long iters)
{
	size_t n = (size_t)arg;
	for (long i = 0; i < iters; i++)
		sink += (size_t)memchr(big_a, 0, n);
}

static void b_strchr(void *arg, long iters)
{
	for (long i = 0; i < iters; i++)
		sink += (size_t)strchr(big_a, '!');
}

static void b_strchr_short(void *arg, long iters)
{
	for (long i = 0; i < iters; i++)
		sink += (size_t)strchr(short_strs[i & 4095], 'z');
}

static void b_memcmp(void *arg, long iters)
{
	size_t n = (size_t)arg;
	for (long i = 0; i < iters; i++)
		sink += memcmp(big_a, big_b, n);
}

static void b_strcmp(void *arg, long iters)
{
	for (long i = 0; i < iters; i++)
		sink += strcmp(big_a, big_b);
}

static void b_strcmp_short(void *arg, long iters)
{
	for (long i = 0; i < iters; i++) {
		int k = i & 4095;
		sink += strcmp(short_strs[k], short_strs2[k]);
	}
}

/* --- qsort ----------------------------------------------------------------------------- */
static int *qarr, *qsrc;
#define QN 1000000
static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static void b_qsort(void *arg, long iters)
{
	for (long i = 0; i < iters; i++) {
		memcpy(qarr, qsrc, QN * sizeof *qarr);
		qsort(qarr, QN, sizeof *qarr, cmp_int);
	}
	sink += qarr[QN / 2];
}

/* --- stdio ----------------------------------------------------------------------------- */
static const char *text_file;
static long text_size;

static void b_fgets(void *arg, long iters)
{
	char line[4096];
	for (long i = 0; i < iters; i++) {
		FILE *f = fopen(text_file, "r");
		if (!f)
			exit(1);
		while (fgets(line, sizeof line, f))
			sink += line[0];
		fclose(f);
	}
}

static void b_getc(void *arg, long iters)
{
	for (long i = 0; i < iters; i++) {
		FILE *f = fopen(text_file, "r");
		int c;
		size_t nl = 0;
		if (!f)
			exit(1);
		while ((c = getc(f)) != EOF)
			nl += c == '\n';
		fclose(f);
		sink += nl;
	}
}

static int gen_file(const char *path, long mib)
{
	FILE *f = fopen(path, "w");
	static const char words[] = "the quick brown fox jumps over lazy dogs 0123456789 ";
	long total = mib << 20, n = 0;

	if (!f)
		return 1;
	while (n < total) {
		int len = 1 + rnd() % 120;
		for (int i = 0; i < len - 1; i++)
			putc(words[(n + i) % (sizeof words - 1)], f);
		putc('\n', f);
		n += len;
	}
	return fclose(f) != 0;
}

/* --- math.h (double): each function over the same 1024 arguments ("(x" selects them) */
static double margs[1024], margs2[1024];
typedef double math1(double);
static void fill_margs(double lo, double hi, int logscale)
{
	for (int i = 0; i < 1024; i++) {
		double u = (double)rnd() / 4294967296.0;
		margs[i] = logscale ? exp(log(lo) + u * (log(hi) - log(lo))) : lo + u * (hi - lo);
		margs2[i] = -10 + 20 * (double)rnd() / 4294967296.0;
	}
}
static void b_math1(void *arg, long iters)
{
	math1 *volatile fp = (math1 *)arg;	/* volatile: a real call, not a builtin */
	math1 *f = fp;
	double s = 0;
	for (long i = 0; i < iters; i++)
		s += f(margs[i & 1023]);
	sink += (size_t)(s != 0);
}
static void b_math2(void *arg, long iters)
{
	double (*volatile fp)(double, double) = (double (*)(double, double))arg;
	double (*f)(double, double) = fp, s = 0;
	for (long i = 0; i < iters; i++)
		s += f(margs[i & 1023], margs2[i & 1023]);
	sink += (size_t)(s != 0);
}
static void math_rows(void)
{
	static const struct { const char *name; math1 *f; double lo, hi; int logscale; } m[] = {
		{ "sin(x) [-2pi, 2pi]", sin, -6.28, 6.28, 0 },
		{ "cos(x) [-2pi, 2pi]", cos, -6.28, 6.28, 0 },
		{ "tan(x) [-2pi, 2pi]", tan, -6.28, 6.28, 0 },
		{ "sin(x) 1e6-1e22", sin, 1e6, 1e22, 1 },
		{ "exp(x) [-20, 20]", exp, -20, 20, 0 },
		{ "exp2(x) [-20, 20]", exp2, -20, 20, 0 },
		{ "log(x) 1e-6-1e6", log, 1e-6, 1e6, 1 },
		{ "log2(x) 1e-6-1e6", log2, 1e-6, 1e6, 1 },
		{ "log10(x) 1e-6-1e6", log10, 1e-6, 1e6, 1 },
		{ "atan(x) [-10, 10]", atan, -10, 10, 0 },
	};
	for (unsigned i = 0; i < sizeof m / sizeof *m; i++)
		if (selected(m[i].name)) {
			fill_margs(m[i].lo, m[i].hi, m[i].logscale);
			run(m[i].name, b_math1, (void *)m[i].f, 0);
		}
	if (selected("pow(x, y) 0.1-10 ^ [-10, 10]")) {
		fill_margs(0.1, 10, 1);
		run("pow(x, y) 0.1-10 ^ [-10, 10]", b_math2, (void *)pow, 0);
	}
	if (selected("atan2(x, y) [-10, 10]")) {	/* atan2(margs, margs2): any quadrant */
		fill_margs(-10, 10, 0);
		run("atan2(x, y) [-10, 10]", b_math2, (void *)atan2, 0);
	}
}

/* --- process start ----------------------------------------------------------------------- */
static double spawn_cost(const char *path, int n)
{
	struct rusage r0, r1, c0, c1;
	char *argv[] = { (char *)path, 0 }, *envp[] = { 0 };

	getrusage(RUSAGE_SELF, &r0);
	getrusage(RUSAGE_CHILDREN, &c0);
	for (int i = 0; i < n; i++) {
		int st;
		pid_t pid = fork();
		if (pid == 0) {
			execve(path, argv, envp);
			_exit(127);
		}
		if (pid < 0 || waitpid(pid, &st, 0) != pid || st != 0) {
			fprintf(stderr, "bench: %s failed\n", path);
			exit(1);
		}
	}
	getrusage(RUSAGE_SELF, &r1);
	getrusage(RUSAGE_CHILDREN, &c1);
#define TV(t) ((t).tv_sec + (t).tv_usec * 1e-6)
	return (TV(r1.ru_utime) - TV(r0.ru_utime) + TV(r1.ru_stime) - TV(r0.ru_stime) +
		TV(c1.ru_utime) - TV(c0.ru_utime) + TV(c1.ru_stime) - TV(c0.ru_stime)) / n;
}

int main(int argc, char **argv)
{
	const char *tiny = 0, *floor_bin = 0;
	int i;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "-q"))
			quick = 1;
		else if (!strcmp(argv[i], "-f") && i + 1 < argc)
			text_file = argv[++i];
		else if (!strcmp(argv[i], "-s") && i + 2 < argc) {
			tiny = argv[++i];
			floor_bin = argv[++i];
		} else if (!strcmp(argv[i], "-g") && i + 2 < argc)
			return gen_file(argv[i + 1], atol(argv[i + 2]));
		else {
			fprintf(stderr, "usage: bench [-q] [-f FILE] [-s TINY FLOOR] [PATTERN]\n");
			return 2;
		}
	}
	if (i < argc)
		pattern = argv[i];

	/* malloc */
	fill_sizes(16, 128, 0);
	run("malloc/free 16-128 B", b_malloc, (void *)(size_t)SLOTS, 0);
	free_slots();
	fill_sizes(16, 65536, 1);
	run("malloc mixed 16 B-64 KiB", b_malloc, (void *)(size_t)SLOTS, 0);
	free_slots();
	fill_sizes(65536, 524288, 0);
	run("malloc 64-512 KiB", b_malloc, (void *)(size_t)16, 0);
	free_slots();
	run("realloc grow to 64 KiB", b_realloc, 0, 0);

	/* printf and strtod */
	for (i = 0; i < 1024; i++) {
		double m = (double)rnd() / 4294967296.0 * 2;
		int e = (int)(rnd() % 13) - 6;
		double v = m;
		while (e > 0) v *= 10, e--;
		while (e < 0) v /= 10, e++;
		fvals[i] = (rnd() & 1) ? -v : v;
		snprintf(fstrs[i], sizeof fstrs[i], i & 1 ? "%.17g" : "%.6g", fvals[i]);
	}
	run("snprintf %d", b_snprintf_d, 0, 0);
	run("snprintf mixed", b_snprintf_mixed, 0, 0);
	run("snprintf %.6f", b_snprintf_f, 0, 0);
	run("snprintf %.17g", b_snprintf_g, 0, 0);
	run("snprintf %g", b_snprintf_gdef, 0, 0);
	run("snprintf %ld %s", b_snprintf_ls, 0, 0);
	run("strtod", b_strtod, 0, 0);

	/* string.h */
	/* the same alignment under every libc: 16 bytes past a page boundary, where glibc's
	 * and ring3's mallocs put a block this size (musl's is at the boundary) */
	block_a = malloc(BIG + 3 * 4096);
	block_b = malloc(BIG + 3 * 4096);
	if (!block_a || !block_b)
		return 1;
	big_a = (char *)(((uintptr_t)block_a + 4095) & ~(uintptr_t)4095) + 16;
	big_b = (char *)(((uintptr_t)block_b + 4095) & ~(uintptr_t)4095) + 16;
	memset(big_a, 'x', BIG + 4096);
	memset(big_b, 'y', BIG + 4096);
	nrounds = 9;
	run("memcpy 16 MiB", b_memcpy_big, 0, BIG);
	nrounds = 150, round_s = 0.002;
	fill_short(1, 64);
	run("memcpy 1-64 B", b_memcpy_short, 0, 0);
	nrounds = 9, round_s = 0.15;
	run("memmove 16 MiB overlap", b_memmove_big, 0, BIG - 128);
	run("memset 16 MiB", b_memset_big, 0, BIG);
	nrounds = 150, round_s = 0.002;
	run("memset 1-64 B", b_memset_short, 0, 0);
	nrounds = 3, round_s = 0.15;

	set_string(BIG - 1);
	nrounds = 9;
	run("strlen 16 MiB", b_strlen, 0, BIG - 1);
	run("memchr 16 MiB", b_memchr, (void *)(size_t)BIG, BIG);
	run("strchr 16 MiB", b_strchr, 0, BIG - 1);
	run("memcmp 16 MiB", b_memcmp, (void *)(size_t)BIG, BIG);
	run("strcmp 16 MiB", b_strcmp, 0, BIG - 1);
	nrounds = 150, round_s = 0.002;
	set_string(4095);
	run("strlen 4 KiB", b_strlen, 0, 4095);
	run("memchr 4 KiB", b_memchr, (void *)(size_t)4096, 4096);
	run("strchr 4 KiB", b_strchr, 0, 4095);
	run("memcmp 4 KiB", b_memcmp, (void *)(size_t)4096, 4096);
	run("strcmp 4 KiB", b_strcmp, 0, 4095);
	fill_short(1, 64);
	make_short_strs();
	run("strlen 1-64 B", b_strlen_short, 0, 0);
	run("memchr 1-64 B", b_memchr_short, 0, 0);
	run("strchr 1-64 B", b_strchr_short, 0, 0);
	run("strcmp 1-64 B", b_strcmp_short, 0, 0);
	nrounds = 3, round_s = 0.15;
	free(block_a);
	free(block_b);

	/* qsort */
	qarr = malloc(QN * sizeof *qarr);
	qsrc = malloc(QN * sizeof *qsrc);
	for (i = 0; i < QN; i++)
		qsrc[i] = (int)rnd();
	run("qsort 1e6 random ints", b_qsort, 0, 0);
	for (i = 0; i < QN; i++)
		qsrc[i] = i;
	run("qsort 1e6 sorted ints", b_qsort, 0, 0);
	free(qarr);
	free(qsrc);

	math_rows();

	/* stdio */
	if (text_file) {
		FILE *f = fopen(text_file, "r");
		if (f) {
			fseek(f, 0, SEEK_END);
			text_size = ftell(f);
			fclose(f);
			if (selected("fgets") || selected("getc"))
				b_fgets(0, 1); /* warm the page cache */
			run("fgets", b_fgets, 0, text_size);
			run("getc", b_getc, 0, text_size);
		}
	}

	/* malloc in two threads: last, since a process that has had a thread keeps
	 * taking locks (in stdio too) */
	fill_sizes(16, 128, 0);
	run("malloc 16-128 B, 2 threads", b_malloc_2t, (void *)(size_t)SLOTS, 0);
	fill_sizes(16, 65536, 1);
	run("malloc mixed, 2 threads", b_malloc_2t, (void *)(size_t)SLOTS, 0);
	fill_sizes(65536, 524288, 0);
	run("malloc 64-512 KiB, 2 threads", b_malloc_2t, (void *)(size_t)16, 0);

	/* start + exit, above the floor */
	if (tiny && selected("start")) {
		int n = quick ? 300 : 1000;
		double bt = 1e30, bf = 1e30, t;
		for (int r = 0; r < 5; r++) {
			if ((t = spawn_cost(tiny, n)) < bt)
				bt = t;
			if ((t = spawn_cost(floor_bin, n)) < bf)
				bf = t;
		}
		report("static start+exit", bt > bf ? bt - bf : 0, 0);
	}
	return 0;
}
