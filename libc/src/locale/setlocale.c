#include <string.h>
#include "locale_impl.h"

struct __locale_struct __r3_global_locale;

static const char *cat_name(const struct __locale_struct *l, int cat)
{
	return l->utf8[cat] ? "C.UTF-8" : "C";
}

/* LC_ALL's name: the one name when all categories agree, else glibc's composite
 * "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;...", which setlocale(LC_ALL, ...) takes back. */
static char *query(int cat)
{
	static char all[LC_ALL * sizeof "LC_MESSAGES=C.UTF-8;"];
	const struct __locale_struct *l = &__r3_global_locale;
	if (cat != LC_ALL) return (char *)cat_name(l, cat);
	if (!memchr(l->utf8, !l->utf8[0], LC_ALL)) return (char *)cat_name(l, 0);
	char *p = all;
	for (int c = 0; c < LC_ALL; c++) {
		p = stpcpy(stpcpy(stpcpy(p, __r3_category_names[c]), "="), cat_name(l, c));
		*p++ = ';';
	}
	p[-1] = 0;
	return all;
}

/* Reads "LC_x=name;LC_y=name..." into l; 0 if any part is not a category or name. */
static int composite(struct __locale_struct *l, const char *s)
{
	while (*s) {
		const char *eq = strchr(s, '='), *end = strchrnul(s, ';');
		char name[64];
		int c = 0, k;
		if (!eq || eq > end || (size_t)(end - eq) > sizeof name) return 0;
		while (c < LC_ALL && (strlen(__r3_category_names[c]) != (size_t)(eq - s) ||
			memcmp(__r3_category_names[c], s, eq - s)))
			c++;
		memcpy(name, eq + 1, end - eq - 1);
		name[end - eq - 1] = 0;
		if (c == LC_ALL || (k = __r3_locale_name(name)) < 0) return 0;
		l->utf8[c] = k;
		s = *end ? end + 1 : end;
	}
	return 1;
}

/* Nothing changes unless every category asked for gets a locale (as glibc). */
char *setlocale(int cat, const char *name)
{
	if (cat < 0 || cat > LC_ALL) return 0;
	if (!name) return query(cat);
	struct __locale_struct l = __r3_global_locale;
	if (cat == LC_ALL && strchr(name, '=')) {
		if (!composite(&l, name)) return 0;
	} else {
		for (int c = 0; c < LC_ALL; c++) {
			if (cat != LC_ALL && c != cat) continue;
			int k = __r3_locale_name(*name ? name : __r3_locale_env(c));
			if (k < 0) return 0;
			l.utf8[c] = k;
		}
	}
	__r3_global_locale = l;
	return query(cat);
}
