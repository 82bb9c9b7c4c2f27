#include <stdlib.h>
#include <string.h>
#include "locale_impl.h"

const char __r3_category_names[LC_ALL][12] = {
	"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
};

static int is_alpha(char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* "UTF-8", "utf8" and their case variants are the same codeset (glibc normalises
 * codeset names by dropping punctuation and case). */
static int utf8_codeset(const char *s, size_t n)
{
	char norm[8];
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '-') continue;
		if (k == sizeof norm - 1) return 0;
		norm[k++] = s[i] | 32;
	}
	norm[k] = 0;
	return !strcmp(norm, "utf8");
}

/* Without locale data, a name language[_territory].UTF-8[@modifier] gets the C.UTF-8
 * locale: UTF-8 characters and C's rules for the rest. A name with no codeset or
 * another codeset is refused, since ring3 cannot give it what it asks for. */
int __r3_locale_name(const char *name)
{
	if (!strcmp(name, "C") || !strcmp(name, "POSIX")) return 0;
	const char *dot = strchr(name, '.');
	if (!dot) return -1;
	const char *at = strchr(dot, '@'), *end = at ? at : dot + strlen(dot);
	if (!utf8_codeset(dot + 1, end - dot - 1)) return -1;
	if (dot - name == 1 && name[0] == 'C') return at ? -1 : 1;
	const char *p = name;
	while (is_alpha(*p)) p++;
	if (p - name < 2 || p - name > 3) return -1;
	if (*p == '_') {
		const char *t = ++p;
		while (is_alpha(*p)) p++;
		if (p - t != 2) return -1;
	}
	if (p != dot) return -1;
	for (p = at; p && *++p;)
		if (!is_alpha(*p) && *p != '_' && (*p < '0' || *p > '9')) return -1;
	return 1;
}

const char *__r3_locale_env(int cat)
{
	const char *v = getenv("LC_ALL");
	if (!v || !*v) v = getenv(__r3_category_names[cat]);
	if (!v || !*v) v = getenv("LANG");
	return v && *v ? v : "C";
}
