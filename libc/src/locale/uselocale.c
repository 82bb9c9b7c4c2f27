#include <stdlib.h>
#include "locale_impl.h"

_Thread_local locale_t __r3_thread_locale;

/* Null only asks; LC_GLOBAL_LOCALE puts the thread back on setlocale's locale. */
locale_t uselocale(locale_t l)
{
	locale_t old = __r3_thread_locale ? __r3_thread_locale : LC_GLOBAL_LOCALE;
	if (l) __r3_thread_locale = l == LC_GLOBAL_LOCALE ? 0 : l;
	return old;
}

/* MB_CUR_MAX: the longest character of the thread's LC_CTYPE (UTF-8: 4 bytes). */
size_t __ctype_get_mb_cur_max(void)
{
	return __r3_utf8() ? 4 : 1;
}
