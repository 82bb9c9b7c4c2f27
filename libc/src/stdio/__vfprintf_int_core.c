/* The integer-only printf engine: __vfprintf_core.c without floating point, %m and
 * wide characters, for the calls stdio.h routes to __printf_int and friends. */
#define PRINTF_INT_ONLY
#include "printf_int.h"
#include "__vfprintf_core.c"
