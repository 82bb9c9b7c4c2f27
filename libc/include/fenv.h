#ifndef _FENV_H
#define _FENV_H

#include <features.h>
/* fenv_t, fexcept_t, the FE_ exception and rounding values: the arch's own bits. */
#include <bits/fenv.h>

#define FE_DFL_ENV ((const fenv_t *)-1)

#ifdef __cplusplus
extern "C" {
#endif

int feclearexcept(int);
int fegetexceptflag(fexcept_t *, int);
int feraiseexcept(int);
int fesetexceptflag(const fexcept_t *, int);
int fetestexcept(int);
int fegetround(void);
int fesetround(int);
int fegetenv(fenv_t *);
int feholdexcept(fenv_t *);
int fesetenv(const fenv_t *);
int feupdateenv(const fenv_t *);

#ifdef __cplusplus
}
#endif

#endif
