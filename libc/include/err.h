#ifndef _ERR_H
#define _ERR_H

#include <features.h>
#include <stdarg.h>

void warn(const char *, ...);
void vwarn(const char *, va_list);
void warnx(const char *, ...);
void vwarnx(const char *, va_list);
__R3_NORETURN void err(int, const char *, ...);
__R3_NORETURN void verr(int, const char *, va_list);
__R3_NORETURN void errx(int, const char *, ...);
__R3_NORETURN void verrx(int, const char *, va_list);

#endif
