#include <langinfo.h>
#include "locale_impl.h"

char *nl_langinfo(nl_item item)
{
	static const char *const day[] = { "Sunday", "Monday", "Tuesday", "Wednesday",
		"Thursday", "Friday", "Saturday" };
	static const char *const mon[] = { "January", "February", "March", "April", "May",
		"June", "July", "August", "September", "October", "November", "December" };
	static const char *const abday[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char *const abmon[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
		"Aug", "Sep", "Oct", "Nov", "Dec" };
	if (item >= DAY_1 && item < DAY_1 + 7) return (char *)day[item - DAY_1];
	if (item >= ABDAY_1 && item < ABDAY_1 + 7) return (char *)abday[item - ABDAY_1];
	if (item >= MON_1 && item < MON_1 + 12) return (char *)mon[item - MON_1];
	if (item >= ABMON_1 && item < ABMON_1 + 12) return (char *)abmon[item - ABMON_1];
	switch (item) {
	case CODESET: return __r3_utf8() ? "UTF-8" : "ANSI_X3.4-1968";	/* glibc's names */
	case RADIXCHAR: return ".";
	case THOUSEP: return "";
	case YESEXPR: return "^[yY]";
	case NOEXPR: return "^[nN]";
	case D_T_FMT: return "%a %b %e %H:%M:%S %Y";
	case D_FMT: return "%m/%d/%y";
	case T_FMT: return "%H:%M:%S";
	case T_FMT_AMPM: return "%I:%M:%S %p";
	case AM_STR: return "AM";
	case PM_STR: return "PM";
	case CRNCYSTR: return "-";
	}
	return "";
}
