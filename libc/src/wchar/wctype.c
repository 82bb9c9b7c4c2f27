#include <wctype.h>
#include <wchar.h>
#include <ctype.h>
#include <string.h>

/* Byte-valued wide characters classify as their byte in the C locale. */
#define WRAP(name) int isw##name(wint_t c) { return c < 128 && is##name(c); }
WRAP(alnum) WRAP(alpha) WRAP(blank) WRAP(cntrl) WRAP(digit) WRAP(graph)
WRAP(lower) WRAP(print) WRAP(punct) WRAP(space) WRAP(upper) WRAP(xdigit)

wint_t towlower(wint_t c) { return c < 128 ? (wint_t)tolower(c) : c; }
wint_t towupper(wint_t c) { return c < 128 ? (wint_t)toupper(c) : c; }

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

/* Columns: printable ASCII takes one, control characters and anything the C
 * locale does not know are not printable. */
int wcwidth(wchar_t c)
{
	if (!c) return 0;
	return c >= 0x20 && c < 0x7f ? 1 : -1;
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
