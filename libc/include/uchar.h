#ifndef _UCHAR_H
#define _UCHAR_H

#include <features.h>
#include <bits/alltypes.h>

/* UTF-16 and UTF-32 code units (the compiler defines __STDC_UTF_16__ and
 * __STDC_UTF_32__). The multibyte side is UTF-8: up to 4 bytes (MB_LEN_MAX) per
 * character. */
#ifndef __cplusplus
typedef __CHAR16_TYPE__ char16_t;
typedef __CHAR32_TYPE__ char32_t;
#endif

#ifdef __cplusplus
extern "C" {
#endif

size_t mbrtoc16(char16_t *__restrict, const char *__restrict, size_t, mbstate_t *__restrict);
size_t c16rtomb(char *__restrict, char16_t, mbstate_t *__restrict);
size_t mbrtoc32(char32_t *__restrict, const char *__restrict, size_t, mbstate_t *__restrict);
size_t c32rtomb(char *__restrict, char32_t, mbstate_t *__restrict);

#ifdef __cplusplus
}
#endif

#endif
