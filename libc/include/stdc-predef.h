/* stdc-predef.h: macros the C standard wants predefined. ring3-cc pre-includes it
 * (with -nostdinc the compiler does not), so they hold before any header. */
#ifndef _STDC_PREDEF_H
#define _STDC_PREDEF_H

/* C11 6.10.8.3: the optional parts ring3 does not have. */
#define __STDC_NO_COMPLEX__ 1	/* no complex.h */
#define __STDC_NO_THREADS__ 1	/* no threads.h */

#endif
