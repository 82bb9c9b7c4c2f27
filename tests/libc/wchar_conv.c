/* wchar_conv: the wcsto* parsers agree with the narrow strto* ones on every input (value,
 * errno and end pointer, for each base), including overflow, hex floats, inf/nan, long
 * digit strings that need every digit, wide white space and non-ASCII characters that
 * end a number. */
#include <errno.h>
#include <inttypes.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static int fails;
#define BAD(...) do { if (fails++ < 30) printf("FAIL " __VA_ARGS__); } while (0)

static const char *const inputs[] = {
	"0", "1", "-1", "+7", "  42", "\t\n-13x", "0x1f", "0X1Fg", "0x", "0xg", "077", "089",
	"z", "Zz", "-", "+", "", " ", "9223372036854775807", "9223372036854775808",
	"-9223372036854775808", "-9223372036854775809", "18446744073709551615",
	"18446744073709551616", "-18446744073709551615", "99999999999999999999999",
	"1.5", "-0.0", ".5", "5.", "1e10", "1e", "1e+", "1e-400", "1e400", "-1e400",
	"0x1p-1074", "0x1.fffffffffffffp1023", "0x1.8p1", "0x.8", "0x1p", "inf", "-INF",
	"infinity", "infinit", "nan", "NAN(123abc_)", "nan(", "nan(1 2)", "3.4028235e38",
	"3.4028236e38", "1.17549435e-38", "1e-45", "2.4703282292062327e-324",
	"2.4703282292062328e-324", "1.18973149535723176502e+4932", "12abc", "1.2.3",
	"4e-2x", "0.000000000000000000000000000000000000001",
};

/* ASCII input widened; a non-ASCII tail (U+00E9, U+4E00) must end the number there. */
static void widen(wchar_t *w, const char *s, wchar_t tail)
{
	while ((*w++ = (unsigned char)*s++));
	w[-1] = tail;
	*w = 0;
}

static void check_int(const char *s, const wchar_t *w, int base)
{
	char *e;
	wchar_t *we;
	errno = 0;
	long long n = strtoll(s, &e, base);
	int ne = errno;
	errno = 0;
	long long wn = wcstoll(w, &we, base);
	if (wn != n || errno != ne || we - w != e - s)
		BAD("wcstoll(\"%s\", %d) = %lld errno %d end %td, want %lld %d %td\n", s, base,
		    wn, errno, we - w, n, ne, e - s);
	errno = 0;
	unsigned long long u = strtoull(s, &e, base);
	ne = errno;
	errno = 0;
	unsigned long long wu = wcstoull(w, &we, base);
	if (wu != u || errno != ne || we - w != e - s)
		BAD("wcstoull(\"%s\", %d) = %llu errno %d end %td\n", s, base, wu, errno, we - w);
	errno = 0;
	long l = strtol(s, &e, base);
	ne = errno;
	errno = 0;
	long wl = wcstol(w, &we, base);
	if (wl != l || errno != ne || we - w != e - s) BAD("wcstol(\"%s\", %d)\n", s, base);
	errno = 0;
	unsigned long ul = strtoul(s, &e, base);
	ne = errno;
	errno = 0;
	unsigned long wul = wcstoul(w, &we, base);
	if (wul != ul || errno != ne || we - w != e - s) BAD("wcstoul(\"%s\", %d)\n", s, base);
	errno = 0;
	intmax_t im = strtoimax(s, &e, base);
	ne = errno;
	errno = 0;
	intmax_t wim = wcstoimax(w, &we, base);
	if (wim != im || errno != ne || we - w != e - s) BAD("wcstoimax(\"%s\", %d)\n", s, base);
	errno = 0;
	uintmax_t um = strtoumax(s, &e, base);
	ne = errno;
	errno = 0;
	uintmax_t wum = wcstoumax(w, &we, base);
	if (wum != um || errno != ne || we - w != e - s) BAD("wcstoumax(\"%s\", %d)\n", s, base);
}

/* Compared by representation, so NaN payloads and the sign of zero count too. */
static void check_float(const char *s, const wchar_t *w)
{
	char *e;
	wchar_t *we;
	errno = 0;
	double d = strtod(s, &e);
	int ne = errno;
	errno = 0;
	double wd = wcstod(w, &we);
	if (memcmp(&d, &wd, sizeof d) || errno != ne || we - w != e - s)
		BAD("wcstod(\"%s\") = %a errno %d end %td, want %a %d %td\n", s, wd, errno,
		    we - w, d, ne, e - s);
	errno = 0;
	float f = strtof(s, &e);
	ne = errno;
	errno = 0;
	float wf = wcstof(w, &we);
	if (memcmp(&f, &wf, sizeof f) || errno != ne || we - w != e - s)
		BAD("wcstof(\"%s\") = %a\n", s, (double)wf);
	errno = 0;
	long double ld = strtold(s, &e);
	ne = errno;
	errno = 0;
	long double wld = wcstold(w, &we);
	/* x87 long double has 6 padding bytes: compare the value (and sign of zero/NaN) */
	if (!(wld == ld || (wld != wld && ld != ld)) || signbit(wld) != signbit(ld) ||
	    errno != ne || we - w != e - s)
		BAD("wcstold(\"%s\") = %La\n", s, wld);
}

static void check(const char *s)
{
	static const wchar_t tails[] = { 0, L'\u00e9', L'\u4e00', L'1' };
	static const int bases[] = { 0, 2, 8, 10, 16, 36 };
	for (size_t t = 0; t < sizeof tails / sizeof *tails; t++) {
		size_t n = strlen(s);
		wchar_t *w = malloc((n + 2) * sizeof *w);
		char *narrow = malloc(n + 2);
		widen(w, s, tails[t]);
		/* the narrow reference: the same text cut where the wide number must stop */
		memcpy(narrow, s, n + 1);
		if (tails[t] == L'1') strcat(narrow, "1");
		for (size_t b = 0; b < sizeof bases / sizeof *bases; b++) check_int(narrow, w, bases[b]);
		check_float(narrow, w);
		free(w);
		free(narrow);
	}
}

/* white space before a number is skipped; with no number, the end pointer is the string */
static void spaces(void)
{
	wchar_t *e;
	const wchar_t w[] = L" \t\n\v\f\r-12";
	if (wcstol(w, &e, 10) != -12 || *e) BAD("wcstol after white space\n");
	const wchar_t *blank = L"  x";
	if (wcstod(blank, &e) != 0 || e != blank) BAD("wcstod no conversion: end moved\n");
	if (wcstoul(blank, &e, 0) != 0 || e != blank) BAD("wcstoul no conversion: end moved\n");
	if (wcstol(L"12", 0, 10) != 12) BAD("wcstol with a null end pointer\n");
}

/* Digit strings far longer than any buffer: every digit decides the result. */
static void long_digits(void)
{
	size_t sizes[] = { 100, 127, 128, 129, 1000, 100000 };
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		size_t n = sizes[i];
		char *s = malloc(n + 8);
		/* 0.5000...0001 x 2^-1074 ties: the last digit decides rounding */
		static const char tie[] = "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125";
		size_t lit = strlen(tie) < n ? strlen(tie) : n;
		memcpy(s, tie, lit);
		for (size_t k = lit; k < n; k++) s[k] = '0';
		s[n] = 0;
		s[n - 1] = '1';
		wchar_t *w = malloc((n + 2) * sizeof *w);
		widen(w, s, 0);
		check_float(s, w);
		check_int(s, w, 10);
		for (size_t k = 0; k < n; k++) s[k] = k ? '0' : '1';
		s[n] = 0;
		widen(w, s, 0);
		check_float(s, w);
		check_int(s, w, 10);
		for (size_t k = 0; k < n; k++) s[k] = k < n - 1 ? '0' : '7';
		widen(w, s, 0);
		check_float(s, w);
		check_int(s, w, 0);
		free(s);
		free(w);
	}
}

int main(void)
{
	if (!setlocale(LC_ALL, "C.UTF-8")) printf("note: no C.UTF-8 locale\n");
	for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) check(inputs[i]);
	spaces();
	long_digits();
	printf("%s wchar_conv\n", fails ? "FAIL" : "ok");
	return fails != 0;
}
