#ifndef _LOCALE_IMPL_H
#define _LOCALE_IMPL_H

#include <locale.h>

/* ring3 has two locales and no locale data: the byte-wise "C" (also "POSIX") and
 * C.UTF-8, whose LC_CTYPE is UTF-8 and whose other categories follow C's rules.
 * So a locale is, per category, one bit: UTF-8 or not. */
struct __locale_struct {
	unsigned char utf8[LC_ALL];
};

/* What setlocale changes; every program starts in "C" (all zeros). */
extern struct __locale_struct __r3_global_locale;
/* What uselocale set for this thread; null while the thread uses the global one. */
extern _Thread_local locale_t __r3_thread_locale;

static inline locale_t __r3_current_locale(void)
{
	locale_t l = __r3_thread_locale;
	return l ? l : &__r3_global_locale;
}

/* Whether the calling thread's LC_CTYPE is UTF-8: the mb/wc functions ask this. */
static inline int __r3_utf8(void)
{
	return __r3_current_locale()->utf8[LC_CTYPE];
}

/* 0 for a C locale name, 1 for a UTF-8 one, -1 for a name ring3 does not have. */
int __r3_locale_name(const char *name);
/* The name setlocale("") takes for category cat (POSIX 8.2: LC_ALL, LC_<cat>, LANG, then "C"). */
const char *__r3_locale_env(int cat);
extern const char __r3_category_names[LC_ALL][12];

#endif
