#ifndef _UNICODE_H
#define _UNICODE_H

#include <wchar.h>

/* The C.UTF-8 locale's character data (src/wchar/unicode_props.c, tables generated
 * by src/wchar/gen/unicode_tables.py). */
#define U_ALPHA 1
#define U_UPPER 2
#define U_LOWER 4
#define U_SPACE 8
#define U_BLANK 16
#define U_CNTRL 32
#define U_PRINT 64
#define U_WIDTH_SHIFT 7	/* column width + 1 in the two bits above the classes */

/* The class bits and width of c; 0 (no class, width -1) for what is not a character. */
unsigned __r3_unicode_props(wint_t c);
/* c's simple uppercase (upper != 0) or lowercase mapping; c when it has none. */
wint_t __r3_unicode_case(wint_t c, int upper);

#endif
