#include <wctype.h>
#include <wchar.h>
#include <ctype.h>
#include <string.h>
#include "locale_impl.h"
#include "unicode.h"

/* In "C" only ASCII has a class, as its byte; in C.UTF-8 every code point has
 * Unicode's (glibc's rules, src/wchar/gen/unicode_tables.py). Digits are 0-9 in
 * both: C11 7.30.2.1.5 ties iswdigit to the ten decimal digits. */
static int ascii(wint_t c)
{
	return c < 128 || !__r3_utf8();
}

#define CLASS(name, test) int isw##name(wint_t c) \
	{ if (ascii(c)) return c < 128 && is##name(c); unsigned p = __r3_unicode_props(c); return test; }
CLASS(alpha, p & U_ALPHA) CLASS(alnum, p & U_ALPHA) CLASS(upper, p & U_UPPER)
CLASS(lower, p & U_LOWER) CLASS(space, p & U_SPACE) CLASS(blank, p & U_BLANK)
CLASS(cntrl, p & U_CNTRL) CLASS(print, p & U_PRINT) CLASS(graph, (p & (U_PRINT | U_SPACE)) == U_PRINT)
CLASS(punct, (p & (U_PRINT | U_SPACE | U_ALPHA)) == U_PRINT)

int iswdigit(wint_t c) { return c < 128 && isdigit(c); }
int iswxdigit(wint_t c) { return c < 128 && isxdigit(c); }

wint_t towlower(wint_t c)
{
	return ascii(c) ? c < 128 ? (wint_t)tolower(c) : c : __r3_unicode_case(c, 0);
}

wint_t towupper(wint_t c)
{
	return ascii(c) ? c < 128 ? (wint_t)toupper(c) : c : __r3_unicode_case(c, 1);
}

static const char names[][7] = { "alnum", "alpha", "blank", "cntrl", "digit", "graph",
	"lower", "print", "punct", "space", "upper", "xdigit" };
static int (*const preds[])(wint_t) = { iswalnum, iswalpha, iswblank, iswcntrl, iswdigit,
	iswgraph, iswlower, iswprint, iswpunct, iswspace, iswupper, iswxdigit };

wctype_t wctype(const char *s)
{
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (!strcmp(s, names[i])) return i + 1;
	return 0;
}

int iswctype(wint_t c, wctype_t t)
{
	return t && t <= sizeof preds / sizeof *preds ? preds[t - 1](c) : 0;
}

static const int lower_tag, upper_tag;

wctrans_t wctrans(const char *s)
{
	if (!strcmp(s, "tolower")) return &lower_tag;
	if (!strcmp(s, "toupper")) return &upper_tag;
	return 0;
}

wint_t towctrans(wint_t c, wctrans_t t)
{
	return t == &lower_tag ? towlower(c) : t == &upper_tag ? towupper(c) : c;
}

/* Columns: in "C" printable ASCII takes one and the rest is not printable; in
 * C.UTF-8, glibc's: 2 for East Asian wide and fullwidth, 0 for combining marks and
 * format characters, -1 for controls and what is not a character. */
int wcwidth(wchar_t c)
{
	if (!c) return 0;
	if (ascii(c)) return c >= 0x20 && c < 0x7f ? 1 : -1;
	return (int)(__r3_unicode_props(c) >> U_WIDTH_SHIFT) - 1;
}

int wcswidth(const wchar_t *s, size_t n)
{
	int w = 0;
	for (; n && *s; n--, s++) {
		int k = wcwidth(*s);
		if (k < 0) return -1;
		w += k;
	}
	return w;
}
