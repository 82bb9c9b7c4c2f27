#include <fenv.h>

/* FPSR holds the cumulative exception flags (bits 0-4, FE_ values), FPCR the rounding
 * mode (RMode, bits 22-23, FE_ values) and the trap enables (bits 8-12 for the five
 * exceptions, 15 for input denormal). Writing FPSR sets flags without trapping. */

#define FPCR_TRAPS 0x9f00

static unsigned long get_fpcr(void)
{
	unsigned long r;
	__asm__ volatile ("mrs %0, fpcr" : "=r"(r));
	return r;
}

static void set_fpcr(unsigned long r)
{
	__asm__ volatile ("msr fpcr, %0" : : "r"(r));
}

static unsigned long get_fpsr(void)
{
	unsigned long r;
	__asm__ volatile ("mrs %0, fpsr" : "=r"(r));
	return r;
}

static void set_fpsr(unsigned long r)
{
	__asm__ volatile ("msr fpsr, %0" : : "r"(r));
}

int feclearexcept(int e)
{
	set_fpsr(get_fpsr() & ~(unsigned long)(e & FE_ALL_EXCEPT));
	return 0;
}

int feraiseexcept(int e)
{
	set_fpsr(get_fpsr() | (e & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int e)
{
	return get_fpsr() & e & FE_ALL_EXCEPT;
}

int fegetexceptflag(fexcept_t *f, int e)
{
	*f = fetestexcept(e);
	return 0;
}

int fesetexceptflag(const fexcept_t *f, int e)
{
	e &= FE_ALL_EXCEPT;
	set_fpsr((get_fpsr() & ~(unsigned long)e) | (*f & e));
	return 0;
}

int fegetround(void)
{
	return get_fpcr() & FE_TOWARDZERO;
}

int fesetround(int r)
{
	if (r & ~FE_TOWARDZERO) return -1;
	set_fpcr((get_fpcr() & ~(unsigned long)FE_TOWARDZERO) | r);
	return 0;
}

int fegetenv(fenv_t *env)
{
	env->__fpcr = get_fpcr();
	env->__fpsr = get_fpsr();
	return 0;
}

/* The default: round to nearest, no traps, no flags, FZ and DN off (FPCR 0, FPSR 0). */
int fesetenv(const fenv_t *env)
{
	fenv_t d = { 0, 0 };
	if (env == FE_DFL_ENV) env = &d;
	set_fpcr(env->__fpcr);
	set_fpsr(env->__fpsr);
	return 0;
}

/* Non-stop mode: traps off, flags cleared. */
int feholdexcept(fenv_t *env)
{
	fegetenv(env);
	set_fpcr(env->__fpcr & ~FPCR_TRAPS);
	set_fpsr(env->__fpsr & ~FE_ALL_EXCEPT);
	return 0;
}

int feupdateenv(const fenv_t *env)
{
	int raised = fetestexcept(FE_ALL_EXCEPT);
	fesetenv(env);
	feraiseexcept(raised);
	return 0;
}
