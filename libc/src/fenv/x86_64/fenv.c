#include <fenv.h>

/* float and double arithmetic runs on SSE (MXCSR), long double on the x87, so every
 * function here acts on both units: flags are read from both and cleared in both,
 * the rounding mode is set in both. Raising or restoring flags only needs one unit
 * (they are read as the union), and MXCSR can be written without side effects. */

#define MXCSR_RC_SHIFT 3	/* MXCSR bits 13-14 hold what x87 CW bits 10-11 hold */
#define MXCSR_MASKS 0x1f80	/* all six exceptions masked: MXCSR's reset value */
#define X87_MASKS 0x3f
#define X87_DEFAULT_CW 0x37f	/* masks set, 64-bit precision, round to nearest */
#define X87_SUMMARY 0x8080	/* status word: busy, error summary */

static unsigned get_mxcsr(void)
{
	unsigned m;
	__asm__ volatile ("stmxcsr %0" : "=m"(m));
	return m;
}

static void set_mxcsr(unsigned m)
{
	__asm__ volatile ("ldmxcsr %0" : : "m"(m));
}

static unsigned short x87_status(void)
{
	unsigned short sw;
	__asm__ volatile ("fnstsw %0" : "=a"(sw));
	return sw;
}

/* fnstenv masks every x87 exception after storing; loading the control word back
 * undoes that. */
static void x87_getenv(fenv_t *env)
{
	__asm__ volatile ("fnstenv %0\n\tfldcw %0" : "=m"(*env));
}

static void x87_setenv(const fenv_t *env)
{
	__asm__ volatile ("fldenv %0" : : "m"(*env));
}

int feclearexcept(int e)
{
	e &= FE_ALL_EXCEPT;
	if (!e) return 0;
	fenv_t env;
	x87_getenv(&env);
	if (env.__status & e) {
		env.__status &= ~e;
		/* The error-summary and busy bits stand for unmasked flags still set. */
		if (!(env.__status & ~env.__control & X87_MASKS)) env.__status &= ~X87_SUMMARY;
		x87_setenv(&env);
	}
	set_mxcsr(get_mxcsr() & ~e);
	return 0;
}

int feraiseexcept(int e)
{
	set_mxcsr(get_mxcsr() | (e & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int e)
{
	return (x87_status() | get_mxcsr()) & e & FE_ALL_EXCEPT;
}

int fegetexceptflag(fexcept_t *f, int e)
{
	*f = fetestexcept(e);
	return 0;
}

int fesetexceptflag(const fexcept_t *f, int e)
{
	e &= FE_ALL_EXCEPT;
	feclearexcept(e);
	set_mxcsr(get_mxcsr() | (*f & e));
	return 0;
}

int fegetround(void)
{
	return get_mxcsr() >> MXCSR_RC_SHIFT & FE_TOWARDZERO;
}

int fesetround(int r)
{
	if (r & ~FE_TOWARDZERO) return -1;
	unsigned short cw;
	__asm__ volatile ("fnstcw %0" : "=m"(cw));
	cw = (cw & ~FE_TOWARDZERO) | r;
	__asm__ volatile ("fldcw %0" : : "m"(cw));
	set_mxcsr((get_mxcsr() & ~(FE_TOWARDZERO << MXCSR_RC_SHIFT)) | r << MXCSR_RC_SHIFT);
	return 0;
}

int fegetenv(fenv_t *env)
{
	x87_getenv(env);
	env->__mxcsr = get_mxcsr();
	return 0;
}

int fesetenv(const fenv_t *env)
{
	if (env == FE_DFL_ENV) {
		/* Tags all ones: every x87 register empty, as after fninit. */
		fenv_t d = { .__control = X87_DEFAULT_CW, .__tags = 0xffff, .__mxcsr = MXCSR_MASKS };
		x87_setenv(&d);
		set_mxcsr(d.__mxcsr);
		return 0;
	}
	x87_setenv(env);
	set_mxcsr(env->__mxcsr);
	return 0;
}

/* Non-stop mode: every exception masked (traps off) and the flags cleared. */
int feholdexcept(fenv_t *env)
{
	fegetenv(env);
	fenv_t hold = *env;
	hold.__control |= X87_MASKS;
	hold.__status &= ~(FE_ALL_EXCEPT | X87_SUMMARY);
	hold.__mxcsr = (hold.__mxcsr | MXCSR_MASKS) & ~FE_ALL_EXCEPT;
	fesetenv(&hold);
	return 0;
}

int feupdateenv(const fenv_t *env)
{
	int raised = fetestexcept(FE_ALL_EXCEPT);
	fesetenv(env);
	feraiseexcept(raised);
	return 0;
}
