/* libm_dd.h: double-double products and sums on top of libm.h's error-free
 * transformations, and Horner's rule over a coefficient table (c[0] the constant). */
#ifndef _LIBM_DD_H
#define _LIBM_DD_H

#include "libm.h"

/* (ah + al) (bh + bl) and (ah + al) + (bh + bl), to about 2^-100 relative */
static inline void __dd_mul(double ah, double al, double bh, double bl, double *h, double *l)
{
	double p, q;
	__two_prod(ah, bh, &p, &q);
	__two_sum(p, q + ah * bl + al * bh, h, l);
}

static inline void __dd_add(double ah, double al, double bh, double bl, double *h, double *l)
{
	double s, e;
	__two_sum(ah, bh, &s, &e);
	__two_sum(s, e + al + bl, h, l);
}

static inline double __horner(const double *c, int n, double x)
{
	double p = c[n - 1];
	for (int i = n - 2; i >= 0; i--) p = c[i] + x * p;
	return p;
}

#endif
