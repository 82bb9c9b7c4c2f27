/* time_impl.h: calendar arithmetic and the time zone, shared by the time functions. */
#ifndef _TIME_IMPL_H
#define _TIME_IMPL_H

#include <time.h>
#include "libc.h"

/* Broken-down UTC for t; -1 if the year does not fit in an int. */
__hidden int __secs_to_tm(long long t, struct tm *tm);
/* Seconds since the epoch for tm read as UTC, fields normalized arithmetically
 * (tm itself is not changed). */
__hidden long long __tm_to_secs(const struct tm *tm);
/* Offset east of UTC, DST flag and zone name in effect at UTC time t. */
__hidden void __tz_at(long long t, long *off, int *isdst, const char **zone);
/* Re-read TZ if it changed. */
__hidden void __tz_update(void);
/* Standard and DST offsets and names of the current zone (for tzname/timezone). */
__hidden void __tz_names(const char **std, const char **dst, long *stdoff, int *hasdst);

#endif
