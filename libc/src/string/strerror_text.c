#include <stddef.h>
#include "strerror_impl.h"

/* All texts in one block, found through 16-bit offsets: an array of pointers would
 * cost a relocation per text in every program that can print an error. */
static const struct texts {
#define E(n, s) char t##n[sizeof s];
#include "strerror_list.h"
#undef E
} texts = {
#define E(n, s) s,
#include "strerror_list.h"
#undef E
};

/* offset + 1; 0 marks a number without a text */
static const unsigned short index[] = {
#define E(n, s) [n] = offsetof(struct texts, t##n) + 1,
#include "strerror_list.h"
#undef E
};

const char *__strerror_text(int e)
{
	if (e < 0 || (unsigned)e >= sizeof index / sizeof *index || !index[e])
		return 0;
	return (const char *)&texts + index[e] - 1;
}
