#include <locale.h>
#include <string.h>
#include <limits.h>

/* Both of ring3's locales (src/locale) format numbers and money as C does. */
struct lconv *localeconv(void)
{
	static struct lconv c = {
		".", "", "", "", "", "", "", "", "", "",
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
	};
	return &c;
}
