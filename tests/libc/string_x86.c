/* The fast string functions (libc/src/string/x86_64): every length 0..300 at every
 * alignment 0..63 against byte-by-byte references, with buffers that end right before
 * or start right after an unmapped page. Portable C: also runs against the host's
 * libc. With ring3's libc everything runs twice, on the SSE2 and (when the CPU has
 * it) the AVX2 paths. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

extern int __x86_avx2 __attribute__((weak));

static int failed;
static long count;

#define MAXLEN 300
static volatile size_t no_bound = (size_t)-1;
#define CHECK(cond, ...) do { count++; if (!(cond)) fail(__LINE__, #cond, __VA_ARGS__); } while (0)

static void fail(int line, const char *what, const char *fn, size_t align, size_t len, size_t pos)
{
	if (failed++ < 20)
		printf("FAIL line %d: %s: %s align %zu len %zu pos %zu\n", line, fn, what, align, len, pos);
}

static unsigned char *page_lo, *guard;	/* 3 RW pages between two PROT_NONE pages */

static size_t ref_strlen(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

static const void *ref_memchr(const void *p, int c, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++)
		if (s[i] == (unsigned char)c)
			return s + i;
	return 0;
}

static const char *ref_strchrnul(const char *s, int c)
{
	while (*s && *(const unsigned char *)s != (unsigned char)c)
		s++;
	return s;
}

static int ref_memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *l = a, *r = b;
	for (size_t i = 0; i < n; i++)
		if (l[i] != r[i])
			return l[i] - r[i];
	return 0;
}

static int ref_strcmp(const char *a, const char *b)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	while (*l && *l == *r)
		l++, r++;
	return *l - *r;
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

static void fill(unsigned char *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = 1 + (i * 7 + seed) % 250;	/* never 0 */
}

static void test_scan(void)
{
	for (int at_end = 0; at_end < 2; at_end++)
		for (size_t a = 0; a < 64; a++)
			for (size_t len = 0; len <= MAXLEN; len++) {
				/* at_end: the NUL is the last mapped byte (one pass, a == 0) */
				unsigned char *s = at_end ? guard - len - 1 : page_lo + 64 + a;
				if (at_end && a)
					break;
				fill(page_lo, 3 * 4096, (unsigned)(len + a));
				s[len] = 0;
				CHECK(strlen((char *)s) == len, "strlen", a, len, 0);
				CHECK(ref_strlen((char *)s) == len, "ref", a, len, 0);
				/* strchr/strchrnul: a byte at each position, or absent */
				for (size_t pos = 0; pos <= len; pos += (len > 200 && pos > 70 ? 13 : 1)) {
					int c = pos < len ? s[pos] : 0;
					const char *want = ref_strchrnul((char *)s, c);
					CHECK(strchrnul((char *)s, c) == want, "strchrnul", a, len, pos);
					CHECK(strchr((char *)s, c) == want, "strchr", a, len, pos);
				}
				CHECK(strchrnul((char *)s, 0xff) == (char *)s + len, "strchrnul absent", a, len, 0);
				CHECK(strchr((char *)s, 0xff) == 0, "strchr absent", a, len, 0);
				CHECK(strchr((char *)s, 0x1ff) == 0, "strchr int", a, len, 0);
				/* c is converted to char: 0x100 is the NUL, a negative c a byte over 0x7f */
				CHECK(strchr((char *)s, 0x100) == (char *)s + len, "strchr 0x100", a, len, 0);
				CHECK(strchrnul((char *)s, 0x100) == (char *)s + len, "strchrnul 0x100", a, len, 0);
				if (len) {
					int hi = 0x80 | (s[len - 1] & 0x3f);
					s[len - 1] = (unsigned char)hi;
					CHECK(strchr((char *)s, hi - 256) == ref_strchrnul((char *)s, hi),
						"strchr negative c", a, len, len - 1);
				}
				/* c right after the NUL (in the same vector) is not found */
				if (!at_end) {
					s[len + 1] = 0xfe;
					CHECK(strchr((char *)s, 0xfe) == 0, "strchr after NUL", a, len, len + 1);
					CHECK(strchrnul((char *)s, 0xfe) == (char *)s + len, "strchrnul after NUL", a, len, len + 1);
				}
				/* memchr over len bytes (the buffer may end at the guard: n = len + 1) */
				for (size_t pos = 0; pos <= len; pos += (len > 200 && pos > 70 ? 11 : 1)) {
					int c = s[pos];
					CHECK(memchr(s, c, len + 1) == ref_memchr(s, c, len + 1), "memchr", a, len, pos);
					CHECK(memchr(s, c, pos) == ref_memchr(s, c, pos), "memchr short n", a, len, pos);
				}
				CHECK(memchr(s, 0xff, len + 1) == 0, "memchr absent", a, len, 0);
				CHECK(memchr(s, 0x100, len + 1) == s + len, "memchr int", a, len, 0);
				/* s + n wraps: the bound is then all of memory (volatile:
				 * gcc warns of a bound past the largest object) */
				CHECK(memchr(s, 0, no_bound) == s + len, "memchr n = SIZE_MAX", a, len, 0);
			}
	/* every alignment ending at the guard page */
	for (size_t a = 0; a < 64; a++)
		for (size_t len = 0; len <= MAXLEN; len++) {
			unsigned char *s = guard - 64 - len - 1 + a;
			if (s + len + 1 > guard)
				continue;
			fill(s, len, (unsigned)a);
			s[len] = 0;
			CHECK(strlen((char *)s) == len, "strlen end", a, len, 0);
			CHECK(strchrnul((char *)s, 0xff) == (char *)s + len, "strchrnul end", a, len, 0);
			CHECK(memchr(s, 0, len + 1) == s + len, "memchr end", a, len, 0);
			CHECK(memchr(s, 0xff, len + 1) == 0, "memchr end absent", a, len, 0);
		}
}

/* Long buffers (the four-vector loops) at every alignment, ending right before the
 * guard page: the match, or the NUL, is the last mapped byte, or there is no match and
 * n reaches the guard exactly. */
static void test_guard_long(void)
{
	static const size_t lens[] = { 255, 256, 257, 383, 1000, 4095, 4096, 4097, 8000, 3 * 4096 - 64 };
	for (size_t li = 0; li < sizeof lens / sizeof *lens; li++)
		for (size_t a = 0; a < 64; a++) {
			size_t len = lens[li] - a;	/* s + len is the last mapped byte */
			unsigned char *s = guard - len - 1;
			fill(s, len, (unsigned)(len + a));
			for (size_t i = 0; i < len; i++)
				if (s[i] == 0xfe || s[i] == 0x7f)
					s[i] = 1;
			s[len] = 0xfe;
			CHECK(memchr(s, 0xfe, len + 1) == s + len, "memchr last byte", a, len, len);
			CHECK(memchr(s, 0x7f, len + 1) == 0, "memchr to the guard", a, len, 0);
			CHECK(memchr(s, 0xfe, len) == 0, "memchr one short", a, len, 0);
			CHECK(memchr(s, 0xfe, no_bound) == s + len, "memchr last byte, n = SIZE_MAX", a, len, 0);
			s[len] = 0;
			CHECK(strlen((char *)s) == len, "strlen last byte", a, len, 0);
			CHECK(strchr((char *)s, 0) == (char *)s + len, "strchr NUL last byte", a, len, 0);
			CHECK(strchr((char *)s, 0x7f) == 0, "strchr to the guard", a, len, 0);
			CHECK(strchrnul((char *)s, 0x7f) == (char *)s + len, "strchrnul to the guard", a, len, 0);
			s[len - 1] = 0x7f;
			CHECK(strchr((char *)s, 0x7f) == (char *)s + len - 1, "strchr before last byte", a, len, 0);
			CHECK(memchr(s, 0x7f, len + 1) == s + len - 1, "memchr before last byte", a, len, 0);
		}
}

/* Buffers touching a PROT_NONE page on either side: every length 0..130 and every
 * distance 0..63 from the guard (so every alignment), for the functions that load
 * whole vectors. Nothing may be read from the guard pages. */
static void test_guard(void)
{
	static unsigned char other[256];

	for (size_t len = 0; len <= 130; len++)
		for (size_t off = 0; off < 64; off++)
			for (int side = 0; side < 2; side++) {
				unsigned char *p = side ? page_lo + off : guard - off - len;
				fill(p, len, (unsigned)(len + off));
				CHECK(memchr(p, 0, len) == 0, "memchr guard absent", off, len, side);
				if (len) {
					int c = p[len - 1];
					CHECK(memchr(p, c, len) == ref_memchr(p, c, len), "memchr guard", off, len, side);
				}
				CHECK(memcpy(other, p, len) == other && !ref_memcmp(other, p, len),
					"memcpy guard src", off, len, side);
				CHECK(memcmp(p, other, len) == 0, "memcmp guard", off, len, side);
				if (len) {
					other[len - 1] ^= 1;
					CHECK(sign(memcmp(p, other, len)) == sign(ref_memcmp(p, other, len)),
						"memcmp guard diff", off, len, side);
				}
				fill(other, len, 7);
				CHECK(memmove(p, other, len) == p && !ref_memcmp(p, other, len),
					"memmove guard dst", off, len, side);
				fill(other, len, 9);
				CHECK(memcpy(p, other, len) == p && !ref_memcmp(p, other, len),
					"memcpy guard dst", off, len, side);
				memset(p, 0x33, len);
				size_t i = 0;
				while (i < len && p[i] == 0x33)
					i++;
				CHECK(i == len, "memset guard", off, len, side);
				if (!len)
					continue;
				/* strings: the NUL is the buffer's last byte */
				fill(p, len - 1, (unsigned)off);
				p[len - 1] = 0;
				memcpy(other, p, len);
				CHECK(strlen((char *)p) == len - 1, "strlen guard", off, len, side);
				CHECK(strchrnul((char *)p, 0xff) == (char *)p + len - 1, "strchrnul guard", off, len, side);
				CHECK(strchr((char *)p, 0xff) == 0, "strchr guard", off, len, side);
				if (len > 1)
					CHECK(strchr((char *)p, p[len - 2]) == ref_strchrnul((char *)p, p[len - 2]),
						"strchr guard last", off, len, side);
				CHECK(strcmp((char *)p, (char *)other) == 0, "strcmp guard", off, len, side);
				if (len > 1) {
					other[len - 2]++;
					CHECK(strcmp((char *)p, (char *)other) < 0, "strcmp guard diff", off, len, side);
				}
			}
}

static unsigned char src[4 * MAXLEN], dst[4 * MAXLEN], want[4 * MAXLEN];

static void test_copy(void)
{
	for (size_t a = 0; a < 64; a++)
		for (size_t b = 0; b < 64; b += (a < 4 ? 1 : 7))
			for (size_t len = 0; len <= MAXLEN; len++) {
				fill(src, sizeof src, (unsigned)len);
				memset(dst, 0, sizeof dst);
				CHECK(memcpy(dst + b, src + a, len) == dst + b, "memcpy ret", a, len, b);
				CHECK(!ref_memcmp(dst + b, src + a, len) && !dst[b + len] && (!b || !dst[b - 1]),
					"memcpy", a, len, b);
				/* memset */
				memset(dst, 0, sizeof dst);
				CHECK(memset(dst + a, 0x80 + (int)b, len) == dst + a, "memset ret", a, len, b);
				size_t i = 0;
				while (i < len && dst[a + i] == ((0x80 + b) & 255))
					i++;
				CHECK(i == len && !dst[a + len] && (!a || !dst[a - 1]), "memset", a, len, b);
				/* memmove, both directions and every distance class */
				for (int dir = -1; dir <= 1; dir += 2) {
					size_t d = 2 * MAXLEN / 2 + a, s = d + dir * (long)(b * 5 % 67 + 1);
					fill(dst, sizeof dst, (unsigned)(len + b));
					memcpy(want, dst, sizeof want);
					for (size_t k = 0; k < len; k++)	/* reference through a copy */
						src[k] = dst[s + k];
					for (size_t k = 0; k < len; k++)
						want[d + k] = src[k];
					CHECK(memmove(dst + d, dst + s, len) == dst + d, "memmove ret", a, len, b);
					CHECK(!ref_memcmp(dst, want, sizeof want), "memmove", a, len, b);
				}
			}
}

static void test_cmp(void)
{
	unsigned char *l = page_lo, *r = page_lo + 2048;
	for (int at_end = 0; at_end < 2; at_end++)
		for (size_t a = 0; a < 64; a++)
			for (size_t b = 0; b < 64; b += (a < 2 ? 1 : 17))
				for (size_t len = 0; len <= MAXLEN; len++) {
					unsigned char *x, *y;
					if (at_end) {	/* x ends at the guard page, y at an alignment */
						x = guard - len - 1;
						y = page_lo + 4096 + b;
					} else {
						x = l + a, y = r + b;
					}
					fill(x, len, 3);
					fill(y, len, 3);
					x[len] = y[len] = 0;
					CHECK(memcmp(x, y, len) == 0, "memcmp equal", a, len, b);
					CHECK(strcmp((char *)x, (char *)y) == 0, "strcmp equal", a, len, b);
					for (size_t pos = 0; pos < len; pos += (len > 40 && pos > 35 ? 9 : 1)) {
						unsigned char save = y[pos];
						y[pos] = save == 1 ? 0xf0 : pos & 1 ? save - 1 : 0xff;
						CHECK(sign(memcmp(x, y, len)) == sign(ref_memcmp(x, y, len)), "memcmp", a, len, pos);
						CHECK(sign(memcmp(y, x, len)) == sign(ref_memcmp(y, x, len)), "memcmp rev", a, len, pos);
						CHECK(sign(strcmp((char *)x, (char *)y)) == sign(ref_strcmp((char *)x, (char *)y)),
							"strcmp", a, len, pos);
						CHECK(sign(strcmp((char *)y, (char *)x)) == sign(ref_strcmp((char *)y, (char *)x)),
							"strcmp rev", a, len, pos);
						y[pos] = 0;	/* y shorter */
						CHECK(sign(strcmp((char *)x, (char *)y)) > 0, "strcmp shorter", a, len, pos);
						CHECK(sign(strcmp((char *)y, (char *)x)) < 0, "strcmp longer", a, len, pos);
						y[pos] = save;
					}
					if (at_end && a)
						break;
				}
}

/* Strings that run on across a page boundary (each string at its own distance from
 * it): strcmp works up to each page end and then goes on. */
static void test_cmp_cross(void)
{
	for (size_t a = 0; a < 64; a++)
		for (size_t b = 0; b < 64; b += 7)
			for (size_t len = 0; len <= MAXLEN; len += 1 + len / 16) {
				unsigned char *x = page_lo + 4096 - 100 + a, *y = page_lo + 2 * 4096 - 60 - b;
				size_t at[3] = { 0, len / 2, len - 1 };
				fill(x, len, 5);
				fill(y, len, 5);
				x[len] = y[len] = 0;
				CHECK(strcmp((char *)x, (char *)y) == 0, "strcmp cross equal", a, len, b);
				for (int i = 0; i < 3 && len; i++) {
					size_t pos = at[i];
					unsigned char save = y[pos];
					y[pos] = save == 1 ? 0xf0 : save - 1;
					CHECK(sign(strcmp((char *)x, (char *)y)) == sign(ref_strcmp((char *)x, (char *)y)),
						"strcmp cross", a, len, pos);
					y[pos] = 0;
					CHECK(strcmp((char *)x, (char *)y) > 0, "strcmp cross shorter", a, len, pos);
					y[pos] = save;
				}
			}
}

/* Long buffers: the loops, rep movsb/stosb and non-temporal paths */
static void test_big(void)
{
	static const size_t lens[] = { 257, 1000, 4095, 4096, 5000, 70000, (5 << 20) + 77 };
	size_t max = (5 << 20) + 512;
	unsigned char *x = malloc(max), *y = malloc(max), *z = malloc(max);
	if (!x || !y || !z)
		return;
	for (size_t li = 0; li < sizeof lens / sizeof *lens; li++)
		for (size_t a = 0; a < 64; a += lens[li] > 100000 ? 37 : 21)
			for (size_t b = 0; b < 64; b += lens[li] > 100000 ? 31 : 13) {
				size_t n = lens[li], sz = n + 256;
				fill(x, sz, (unsigned)(n + a));
				memset(y, 0, sz);
				memcpy(y + b, x + a, n);
				CHECK(!ref_memcmp(y + b, x + a, n) && !y[b + n] && (!b || !y[b - 1]), "memcpy big", a, n, b);
				CHECK(memcmp(y + b, x + a, n) == 0, "memcmp big", a, n, b);
				y[b + n - 1 - a]++;
				CHECK(memcmp(y + b, x + a, n) > 0, "memcmp big diff", a, n, b);
				memset(y + b, 0x5a, n);
				size_t i = 0;
				while (i < n && y[b + i] == 0x5a)
					i++;
				CHECK(i == n && !y[b + n] && (!b || !y[b - 1]), "memset big", a, n, b);
				for (int dir = -1; dir <= 1; dir += 2) {	/* overlapping moves */
					size_t d = 128 + a, s2 = d + dir * (long)(b + 1);
					fill(x, sz, (unsigned)n);
					memcpy(z, x, sz);
					for (size_t k = 0; k < n; k++)
						y[k] = z[s2 + k];
					memcpy(z + d, y, n);
					memmove(x + d, x + s2, n);
					CHECK(!ref_memcmp(x, z, sz), "memmove big", a, n, b);
				}
			}
	free(x);
	free(y);
	free(z);
}

static void run_all(const char *what)
{
	long before = count;
	int f = failed;
	test_scan();
	test_guard_long();
	test_guard();
	test_copy();
	test_cmp();
	test_cmp_cross();
	test_big();
	printf("%s %s (%ld checks)\n", failed == f ? "ok" : "FAILED", what, count - before);
}

int main(void)
{
	unsigned char *m = mmap(0, 5 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED || mprotect(m, 4096, PROT_NONE) || mprotect(m + 4 * 4096, 4096, PROT_NONE)) {
		perror("mmap");
		return 1;
	}
	page_lo = m + 4096;
	guard = m + 4 * 4096;
	if (&__x86_avx2 && __x86_avx2) {
		run_all("string functions, AVX2");
		__x86_avx2 = 0;
		run_all("string functions, SSE2");
		__x86_avx2 = 1;
	} else {
		run_all("string functions");
	}
	return failed != 0;
}
