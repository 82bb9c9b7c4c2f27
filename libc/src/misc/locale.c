#include <locale.h>
#include <string.h>
#include <limits.h>

/* ring3 has one locale, "C" (also answering to "POSIX" and "C.UTF-8"-style names
 * so that programs setting the user's locale keep working, byte-wise). */
char *setlocale(int cat, const char *name)
{
	if (cat < 0 || cat > LC_ALL) return 0;
	return "C";
}

struct lconv *localeconv(void)
{
	static struct lconv c = {
		".", "", "", "", "", "", "", "", "", "",
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
	};
	return &c;
}

static struct __locale_struct { int dummy; } c_locale;

locale_t newlocale(int mask, const char *name, locale_t base)
{
	return &c_locale;
}

locale_t uselocale(locale_t l)
{
	return &c_locale;
}

void freelocale(locale_t l)
{
}

locale_t duplocale(locale_t l)
{
	return &c_locale;
}
