#include <stdlib.h>
#include "locale_impl.h"

/* mask is LC_CTYPE_MASK etc. (1 << category), or LC_ALL_MASK. A base is changed in
 * place and returned, as POSIX allows; null base gets a new object. */
locale_t newlocale(int mask, const char *name, locale_t base)
{
	if (!name || (mask & ~LC_ALL_MASK)) return 0;
	int k[LC_ALL];
	for (int c = 0; c < LC_ALL; c++)
		if (mask & 1 << c && (k[c] = __r3_locale_name(*name ? name : __r3_locale_env(c))) < 0)
			return 0;
	if (!base && !(base = calloc(1, sizeof *base))) return 0;
	for (int c = 0; c < LC_ALL; c++)
		if (mask & 1 << c) base->utf8[c] = k[c];
	return base;
}

locale_t duplocale(locale_t l)
{
	locale_t d = malloc(sizeof *d);
	if (d) *d = *(l == LC_GLOBAL_LOCALE ? &__r3_global_locale : l);
	return d;
}

void freelocale(locale_t l)
{
	free(l);
}
