/* uchar: mbrtoc32/c32rtomb and mbrtoc16/c16rtomb in the C.UTF-8 locale: every code
 * point round trips (whole, byte by byte, and through UTF-16 surrogate pairs over two
 * calls), known encodings come out exactly, ill-formed UTF-8 and lone surrogates are
 * EILSEQ, incomplete input is (size_t)-2 and resumes where it stopped. */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)
#define BAD(...) do { if (fails++ < 20) printf("FAIL " __VA_ARGS__); } while (0)

static const size_t incomplete = (size_t)-2, ilseq = (size_t)-1, stored = (size_t)-3;

/* every code point: c32rtomb, then mbrtoc32 whole and a byte at a time */
static void all_c32(void)
{
	unsigned n = 0;
	for (char32_t c = 0; c <= 0x10ffff; c++) {
		if (c >= 0xd800 && c <= 0xdfff) continue;
		mbstate_t st;
		memset(&st, 0, sizeof st);
		char b[8];
		size_t len = c32rtomb(b, c, &st), want = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
		if (len != want) { BAD("c32rtomb(U+%04X) = %zu, want %zu\n", (unsigned)c, len, want); continue; }
		char32_t back = 0xfffd;
		size_t r = mbrtoc32(&back, b, len, &st);
		if (r != (c ? len : 0) || back != c) { BAD("mbrtoc32 of U+%04X: %zu, U+%04X\n", (unsigned)c, r, (unsigned)back); continue; }
		back = 0xfffd;
		for (size_t i = 0; i + 1 < len; i++)
			if ((r = mbrtoc32(&back, b + i, 1, &st)) != incomplete) break;
		if (len > 1 && (r != incomplete || mbsinit(&st))) { BAD("U+%04X byte by byte: %zu before the last\n", (unsigned)c, r); continue; }
		r = mbrtoc32(&back, b + len - 1, 1, &st);
		if (r != (c ? 1 : 0) || back != c || !mbsinit(&st)) { BAD("U+%04X byte by byte: %zu, U+%04X\n", (unsigned)c, r, (unsigned)back); continue; }
		n++;
	}
	printf("%s %u code points round trip through UTF-32\n", n == 0x110000 - 0x800 ? "ok" : "FAIL", n);
	if (n != 0x110000 - 0x800) fails++;
}

/* every code point through UTF-16: two calls for a pair each way */
static void all_c16(void)
{
	unsigned n = 0;
	for (char32_t c = 1; c <= 0x10ffff; c++) {
		if (c >= 0xd800 && c <= 0xdfff) continue;
		mbstate_t st, out;
		memset(&st, 0, sizeof st);
		memset(&out, 0, sizeof out);
		char b[8], b2[8];
		size_t len = c32rtomb(b, c, &st);
		char16_t u[2] = { 0, 0 };
		size_t r = mbrtoc16(&u[0], b, len, &st);
		if (r != len) { BAD("mbrtoc16 of U+%04X: %zu\n", (unsigned)c, r); continue; }
		size_t r2 = 0, w1, w2 = 0;
		if (c > 0xffff) {
			/* the low half: nothing read, (size_t)-3 */
			r2 = mbrtoc16(&u[1], b + len, 0, &st);
			unsigned v = c - 0x10000;
			if (r2 != stored || u[0] != 0xd800 + (v >> 10) || u[1] != 0xdc00 + (v & 0x3ff)) {
				BAD("U+%04X to UTF-16: %04X %04X (%zu)\n", (unsigned)c, u[0], u[1], r2); continue;
			}
			w1 = c16rtomb(b2, u[0], &out);
			w2 = c16rtomb(b2, u[1], &out);
			if (w1 != 0 || w2 != len || memcmp(b, b2, len)) { BAD("U+%04X from UTF-16: %zu %zu\n", (unsigned)c, w1, w2); continue; }
		} else {
			w1 = c16rtomb(b2, u[0], &out);
			if (u[0] != c || w1 != len || memcmp(b, b2, len)) { BAD("U+%04X via UTF-16: %04X %zu\n", (unsigned)c, u[0], w1); continue; }
		}
		if (!mbsinit(&st)) { BAD("U+%04X: state not initial after the pair\n", (unsigned)c); continue; }
		n++;
	}
	printf("%s %u code points round trip through UTF-16\n", n == 0x110000 - 0x801 ? "ok" : "FAIL", n);
	if (n != 0x110000 - 0x801) fails++;
}

static int enc(char32_t c, const char *want)
{
	char b[8];
	size_t len = c32rtomb(b, c, 0);
	return len == strlen(want) && !memcmp(b, want, len);
}

static int dec_ilseq(const char *s)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	char32_t c;
	errno = 0;
	return mbrtoc32(&c, s, strlen(s), &st) == ilseq && errno == EILSEQ;
}

int main(void)
{
	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);

	/* the encodings themselves, at each length's edges */
	CHECK(enc(0x41, "A"));
	CHECK(enc(0x7f, "\x7f"));
	CHECK(enc(0x80, "\xc2\x80"));
	CHECK(enc(0xe9, "\xc3\xa9"));
	CHECK(enc(0x7ff, "\xdf\xbf"));
	CHECK(enc(0x800, "\xe0\xa0\x80"));
	CHECK(enc(0x20ac, "\xe2\x82\xac"));
	CHECK(enc(0xd7ff, "\xed\x9f\xbf"));
	CHECK(enc(0xe000, "\xee\x80\x80"));
	CHECK(enc(0xffff, "\xef\xbf\xbf"));
	CHECK(enc(0x10000, "\xf0\x90\x80\x80"));
	CHECK(enc(0x1f600, "\xf0\x9f\x98\x80"));
	CHECK(enc(0x10ffff, "\xf4\x8f\xbf\xbf"));

	all_c32();
	all_c16();

	/* not characters: surrogates, past U+10FFFF */
	char b[8];
	errno = 0;
	CHECK(c32rtomb(b, 0xd800, 0) == ilseq && errno == EILSEQ);
	errno = 0;
	CHECK(c32rtomb(b, 0xdfff, 0) == ilseq && errno == EILSEQ);
#ifdef __ring3__
	/* glibc's UTF-8 goes on past U+10FFFF (to 0x7FFFFFFF in up to 6 bytes); RFC 3629
	 * and Unicode end at U+10FFFF, as ring3 does */
	errno = 0;
	CHECK(c32rtomb(b, 0x110000, 0) == ilseq && errno == EILSEQ);
	CHECK(dec_ilseq("\xf4\x90\x80\x80"));		/* U+110000 */
	CHECK(dec_ilseq("\xf5\x80\x80\x80"));
	CHECK(dec_ilseq("\xf8\x88\x80\x80\x80"));	/* 5-byte form */
	/* C11 7.28.1.1: -1 as soon as the bytes cannot begin a valid character (glibc
	 * waits for more and says -2) */
	CHECK(dec_ilseq("\xe0\x80"));
	CHECK(dec_ilseq("\xed\xa0"));
	CHECK(dec_ilseq("\xf0\x8f"));
	CHECK(dec_ilseq("\xf4\x90"));
#endif

	/* ill-formed UTF-8 */
	CHECK(dec_ilseq("\x80"));			/* a continuation byte first */
	CHECK(dec_ilseq("\xbf"));
	CHECK(dec_ilseq("\xc0\x80"));			/* overlong NUL */
	CHECK(dec_ilseq("\xc1\xbf"));			/* overlong U+7F */
	CHECK(dec_ilseq("\xe0\x80\x80"));		/* overlong, 3 bytes */
	CHECK(dec_ilseq("\xe0\x9f\xbf"));
	CHECK(dec_ilseq("\xed\xa0\x80"));		/* U+D800 */
	CHECK(dec_ilseq("\xed\xbf\xbf"));		/* U+DFFF */
	CHECK(dec_ilseq("\xf0\x80\x80\x80"));		/* overlong, 4 bytes */
	CHECK(dec_ilseq("\xf0\x8f\xbf\xbf"));
	CHECK(dec_ilseq("\xfe"));
	CHECK(dec_ilseq("\xff"));
	CHECK(dec_ilseq("\xc3\x41"));			/* a continuation missing */
	CHECK(dec_ilseq("\xe2\x82\x41"));
	CHECK(dec_ilseq("\xf0\x9f\x98\xc0"));

	/* incomplete input: -2, the state carries it, the rest completes it */
	mbstate_t st;
	memset(&st, 0, sizeof st);
	char32_t c = 0;
	CHECK(mbrtoc32(&c, "\xe2\x82", 2, &st) == incomplete);
	CHECK(!mbsinit(&st));
	CHECK(mbrtoc32(&c, "", 0, &st) == incomplete);	/* n == 0 */
	CHECK(mbrtoc32(&c, "\xac" "more", 5, &st) == 1 && c == 0x20ac);
	CHECK(mbsinit(&st));
	CHECK(mbrtoc32(&c, "\xf0\x9f", 2, &st) == incomplete);
	CHECK(mbrtoc32(&c, "\x98", 1, &st) == incomplete);
	errno = 0;
	CHECK(mbrtoc32(&c, "x", 1, &st) == ilseq && errno == EILSEQ);	/* not a continuation */
	memset(&st, 0, sizeof st);
	CHECK(mbrtoc32(&c, "\xc3", 1, &st) == incomplete);
	CHECK(mbrtoc32(&c, "\xa9", 1, &st) == 1 && c == 0xe9);
	/* NUL, and a null s with the initial state */
	c = 1;
	CHECK(mbrtoc32(&c, "", 1, &st) == 0 && c == 0);
	CHECK(mbrtoc32(NULL, NULL, 0, &st) == 0);
	CHECK(mbrtoc32(NULL, "A", 1, &st) == 1);	/* no pc32: only the count */

	/* UTF-16 with the functions' own states (ps null) */
	char16_t u = 0, u2 = 0;
	CHECK(mbrtoc16(&u, "\xf0\x9f\x98\x80!", 5, NULL) == 4 && u == 0xd83d);
	CHECK(mbrtoc16(&u2, "!", 1, NULL) == stored && u2 == 0xde00);
	CHECK(mbrtoc16(&u, "!", 1, NULL) == 1 && u == '!');
	CHECK(c16rtomb(b, 0xd83d, NULL) == 0);
	CHECK(c16rtomb(b, 0xde00, NULL) == 4 && !memcmp(b, "\xf0\x9f\x98\x80", 4));
	CHECK(c16rtomb(b, 0xe9, NULL) == 2 && !memcmp(b, "\xc3\xa9", 2));
	/* an incomplete character through mbrtoc16 */
	memset(&st, 0, sizeof st);
	CHECK(mbrtoc16(&u, "\xf4\x8f", 2, &st) == incomplete);
	CHECK(mbrtoc16(&u, "\xbf\xbf", 2, &st) == 2 && u == 0xdbff);
	CHECK(mbrtoc16(&u, "", 0, &st) == stored && u == 0xdfff);
	errno = 0;
	CHECK(mbrtoc16(&u, "\xed\xa0\x80", 3, &st) == ilseq && errno == EILSEQ);
	/* a lone low surrogate is not a character */
	memset(&st, 0, sizeof st);
	errno = 0;
	CHECK(c16rtomb(b, 0xdc00, &st) == ilseq && errno == EILSEQ);

	if (fails) printf("%d FAILED\n", fails);
	return fails != 0;
}
