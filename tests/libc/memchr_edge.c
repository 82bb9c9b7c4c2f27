/* memchr_edge: calls of 0..80 bytes at every distance 0..127 from a PROT_NONE page
 * on either side, with the byte sought at every position of the 64 bytes from s and
 * past n: x86_64's short path loads those 64 bytes whatever n is (when they are in
 * s's page), and must report only a match below n. Portable: also runs against the
 * host's libc and on aarch64; with ring3's libc on x86_64, on both the SSE2 and (when
 * the CPU has it) the AVX2 paths. */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

extern int __x86_avx2 __attribute__((weak));

static int failed;
static long count;

static const void *ref_memchr(const void *p, int c, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++)
		if (s[i] == (unsigned char)c)
			return s + i;
	return 0;
}

static void check(const unsigned char *s, int c, size_t n, const char *what, size_t pos)
{
	const void *got = memchr(s, c, n), *want = ref_memchr(s, c, n);
	count++;
	if (got != want && failed++ < 20)
		printf("FAIL %s: s %% 4096 = %zu, n %zu, c at %zu: got %p, want %p\n", what,
			(size_t)((unsigned long)s & 4095), n, pos, got, want);
}

static void run(unsigned char *lo, unsigned char *hi, const char *what)
{
	long before = count;
	int f = failed;

	for (size_t off = 0; off < 128; off++)
		for (size_t n = 0; n <= 80; n++)
			for (int side = 0; side < 2; side++) {
				/* side 0: [s, s + n) ends off bytes before hi; 1: starts off after lo */
				unsigned char *s = side ? lo + off : hi - off - n;
				size_t room = (size_t)(hi - s), pos;
				memset(lo, 1, (size_t)(hi - lo));
				check(s, 2, n, "absent", 0);
				check(s, 0x102, n, "absent, c > 255", 0);
				/* c at each position up to 64 bytes past s (or the page end) */
				for (pos = 0; pos < 72 && pos < room; pos++) {
					s[pos] = 0xc3;
					check(s, 0xc3, n, "one match", pos);
					check(s, 0xc3 - 256, n, "one match, negative c", pos);
					/* an earlier match in the last byte of a call one shorter */
					if (pos) {
						s[pos - 1] = 0xc3;
						check(s, 0xc3, pos, "match at n - 1", pos - 1);
						check(s, 0xc3, pos - 1, "match at n", pos - 1);
						s[pos - 1] = 1;
					}
					s[pos] = 1;
				}
			}
	printf("%s %s (%ld checks)\n", failed == f ? "ok" : "FAILED", what, count - before);
}

int main(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	unsigned char *m = mmap(0, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (m == MAP_FAILED || mprotect(m, pg, PROT_NONE) || mprotect(m + 3 * pg, pg, PROT_NONE)) {
		perror("mmap");
		return 1;
	}
	if (&__x86_avx2 && __x86_avx2) {
		run(m + pg, m + 3 * pg, "memchr near unmapped pages, AVX2");
		__x86_avx2 = 0;
		run(m + pg, m + 3 * pg, "memchr near unmapped pages, SSE2");
		__x86_avx2 = 1;
	} else {
		run(m + pg, m + 3 * pg, "memchr near unmapped pages");
	}
	return failed != 0;
}
