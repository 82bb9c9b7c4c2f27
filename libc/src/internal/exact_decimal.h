#ifndef _EXACT_DECIMAL_H
#define _EXACT_DECIMAL_H

#include <stdint.h>

/* Big enough for every x87 extended value and the midpoints between them: the
 * smallest denormal times a 65-bit integer has about 11,520 significant digits. */
#define EXACT_LIMBS 1300
#define EXACT_DIGITS (EXACT_LIMBS * 9 + 16)

/* All decimal digits of m * 2^e (m > 0) into d, without leading or trailing zeros;
 * *point is where the decimal point sits (value = 0.d * 10^point). Returns the count. */
__attribute__((__visibility__("hidden")))
int __exact_digits(unsigned __int128 m, int e, char *d, int *point);

#endif
