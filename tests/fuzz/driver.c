/* A standalone driver for the libc fuzz targets (no libFuzzer needed).
 *
 *   NAME [-n ITERATIONS] [-s SEED] [CORPUS-DIR-OR-FILE...]   (in any order)
 *
 * Runs LLVMFuzzerTestOneInput on every file given (a directory: each regular file in
 * it, in name order), then for ITERATIONS rounds (1000 by default) on mutations of
 * those seeds: bit flips, byte sets, inserts, deletes, duplications and splices,
 * drawn from a fixed-seed PRNG, so a run repeats exactly. Each input ends at an
 * unmapped page. A crash, an abort (a broken invariant) or an input that runs for more
 * than 5 seconds prints the input in hex and exits 1. */
#include <dirent.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "libc_fuzz.h"

#define MAXLEN 4096

static const char *prog = "fuzz";
static const unsigned char *cur;
static size_t curlen;
static const char *curname;

static void put(const char *s) { if (write(2, s, strlen(s)) < 0) _exit(1); }

static void on_signal(int sig)
{
	static char hex[2 * MAXLEN + 2];
	static const char digits[] = "0123456789abcdef";
	put(prog);
	put(sig == SIGALRM ? ": input runs too long" : sig == SIGABRT ? ": abort" : ": crash");
	put(curname ? " on " : "");
	put(curname ? curname : "");
	put(", input (hex):\n");
	size_t n = curlen < MAXLEN ? curlen : MAXLEN, j = 0;
	for (size_t i = 0; i < n; i++) {
		hex[j++] = digits[cur[i] >> 4];
		hex[j++] = digits[cur[i] & 15];
	}
	hex[j++] = '\n';
	if (write(2, hex, j) < 0) _exit(1);
	_exit(1);
}

static void run(const unsigned char *p, size_t n, const char *name)
{
	char *g = fuzz_guarded(3, p, n, 0);
	cur = (const unsigned char *)g;
	curlen = n;
	curname = name;
	alarm(5);
	LLVMFuzzerTestOneInput((const uint8_t *)g, n);
	alarm(0);
}

struct seed { unsigned char *d; size_t n; char *name; };
static struct seed *seeds;
static size_t nseeds;

static void add_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) { perror(path); exit(2); }
	unsigned char *d = malloc(MAXLEN);
	size_t n = fread(d, 1, MAXLEN, f);
	fclose(f);
	seeds = realloc(seeds, (nseeds + 1) * sizeof *seeds);
	seeds[nseeds].d = d;
	seeds[nseeds].n = n;
	seeds[nseeds].name = strdup(path);
	nseeds++;
}

static int cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_path(const char *path)
{
	struct stat st;
	if (stat(path, &st)) { perror(path); exit(2); }
	if (!S_ISDIR(st.st_mode)) { add_file(path); return; }
	DIR *d = opendir(path);
	if (!d) { perror(path); exit(2); }
	char **names = 0;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.') continue;
		names = realloc(names, (n + 1) * sizeof *names);
		names[n] = malloc(strlen(path) + strlen(e->d_name) + 2);
		sprintf(names[n], "%s/%s", path, e->d_name);
		n++;
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmpstr);
	for (size_t i = 0; i < n; i++) {
		if (!stat(names[i], &st) && S_ISREG(st.st_mode)) add_file(names[i]);
		free(names[i]);
	}
	free(names);
}

static uint64_t rng;
static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}
static size_t below(size_t n) { return n ? next() % n : 0; }

/* Bytes that mean something to one target or another. */
static const char special[] = "%*.#-+ 0123456789$lhLjztqdiouxXeEfFgGaAcspn"
	"\\[]^!?()|{},/\n\x01\xff\x7f\xc0\x80";

static size_t mutate(unsigned char *b, size_t n)
{
	int k = 1 + below(4);
	while (k--) {
		size_t at = below(n + 1), len;
		switch (below(7)) {
		case 0:	/* flip a bit */
			if (n) b[below(n)] ^= 1u << below(8);
			break;
		case 1:	/* set a byte */
			if (n) b[below(n)] = next() & 1 ? (unsigned char)next() : special[below(sizeof special - 1)];
			break;
		case 2:	/* insert a byte */
			if (n < MAXLEN) {
				memmove(b + at + 1, b + at, n - at);
				b[at] = next() & 1 ? (unsigned char)next() : special[below(sizeof special - 1)];
				n++;
			}
			break;
		case 3:	/* delete a range */
			if (n) {
				at = below(n);
				len = 1 + below(n - at < 8 ? n - at : 8);
				memmove(b + at, b + at + len, n - at - len);
				n -= len;
			}
			break;
		case 4:	/* duplicate a range */
			if (n && n < MAXLEN) {
				size_t from = below(n);
				len = 1 + below(n - from);
				if (len > MAXLEN - n) len = MAXLEN - n;
				memmove(b + at + len, b + at, n - at);
				memmove(b + at, b + (from >= at ? from + len : from), len);
				n += len;
			}
			break;
		default: /* splice in part of another seed */
			if (nseeds) {
				struct seed *s = &seeds[below(nseeds)];
				if (!s->n) break;
				size_t from = below(s->n);
				len = 1 + below(s->n - from);
				if (len > MAXLEN - at) len = MAXLEN - at;
				memcpy(b + at, s->d + from, len);
				if (at + len > n) n = at + len;
			}
			break;
		}
	}
	return n;
}

int main(int argc, char **argv)
{
	long iters = 1000;
	uint64_t seed = 0x9e3779b97f4a7c15u;
	const char *slash = strrchr(argv[0], '/');
	prog = slash ? slash + 1 : argv[0];
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] != '-' || !argv[i][1]) add_path(argv[i]);
		else if (!strcmp(argv[i], "-n") && i + 1 < argc) iters = atol(argv[++i]);
		else if (!strcmp(argv[i], "-s") && i + 1 < argc) seed = strtoull(argv[++i], 0, 0) | 1;
		else { fprintf(stderr, "usage: %s [-n ITERATIONS] [-s SEED] [CORPUS...]\n", prog); return 2; }
	}
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	int sigs[] = { SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGALRM };
	for (size_t j = 0; j < sizeof sigs / sizeof *sigs; j++) sigaction(sigs[j], &sa, 0);
	for (size_t j = 0; j < nseeds; j++) run(seeds[j].d, seeds[j].n, seeds[j].name);
	rng = seed;
	static unsigned char buf[MAXLEN];
	size_t n = 0;
	for (long it = 0; it < iters; it++) {
		/* Mostly fresh mutations of a seed; sometimes keep mutating the last input. */
		if (!nseeds || !(it % 4) || !n) {
			if (nseeds) {
				struct seed *s = &seeds[below(nseeds)];
				memcpy(buf, s->d, s->n);
				n = s->n;
			} else n = 0;
		}
		n = mutate(buf, n);
		run(buf, n, "mutation");
	}
	printf("%s: %zu seeds, %ld mutations\n", prog, nseeds, iters);
	return 0;
}
