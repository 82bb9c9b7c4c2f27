/* The optional C11 parts: what the predefined macros say matches the headers there
 * are, so the usual guards work. stdbool.h, stddef.h, stdint.h and float.h are ring3's
 * (they come before the compiler's), tgmath.h too. */
#ifndef __STDC_NO_COMPLEX__
#include <complex.h>
#endif
#ifndef __STDC_NO_THREADS__
#include <threads.h>
#endif
#if defined(__has_include)
#if __has_include(<complex.h>) == defined(__STDC_NO_COMPLEX__)
#error "__STDC_NO_COMPLEX__ does not match complex.h"
#endif
#if __has_include(<threads.h>) == defined(__STDC_NO_THREADS__)
#error "__STDC_NO_THREADS__ does not match threads.h"
#endif
#endif
#include <float.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <tgmath.h>
#ifndef __ring3__
#error "not ring3's headers"
#endif

int main(void)
{
	volatile float f = 2;
	bool ok = _Generic(sqrt(f), float: 1, default: 0) && SIZE_MAX == (size_t)-1 &&
		offsetof(struct { char c; int i; }, i) == sizeof(int) && FLT_MANT_DIG == 24;
	printf("%s\n", ok ? "ok" : "bad");
	return !ok;
}
