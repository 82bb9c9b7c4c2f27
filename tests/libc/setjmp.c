/* setjmp: longjmp brings back the callee-saved registers (x86_64: rbx rbp r12-r15;
 * aarch64: x19-x28, d8-d15) as setjmp found them. The jumping function clobbers
 * them and never reaches its epilogue, so only longjmp can restore them. */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf jb;

static __attribute__((noinline)) void clobber_and_jump(void)
{
#if defined __x86_64__
	__asm__ volatile ("mov $1, %%rbx; mov $2, %%r12; mov $3, %%r13; mov $4, %%r14; mov $5, %%r15"
		::: "rbx", "r12", "r13", "r14", "r15");
#elif defined __aarch64__
	__asm__ volatile ("mov x19, #1; mov x20, #2; mov x21, #3; mov x22, #4; mov x23, #5\n"
		"mov x24, #6; mov x25, #7; mov x26, #8; mov x27, #9; mov x28, #10\n"
		"fmov d8, #1.0; fmov d9, #1.0; fmov d10, #1.0; fmov d11, #1.0\n"
		"fmov d12, #1.0; fmov d13, #1.0; fmov d14, #1.0; fmov d15, #1.0"
		::: "x19", "x20", "x21", "x22", "x23", "x24", "x25", "x26", "x27", "x28",
		"d8", "d9", "d10", "d11", "d12", "d13", "d14", "d15");
#endif
	longjmp(jb, 1);
}

static __attribute__((noinline)) int jump_back(void)
{
	if (setjmp(jb) == 0)
		clobber_and_jump();
	return 1;
}

/* Values live across a call sit in callee-saved registers. jump_back itself touches
 * none of them, so it neither saves nor restores them: after its longjmp they are
 * what longjmp restored. */
static volatile long in[10] = { 3, 5, 7, 11, 13, 17, 19, 23, 29, 31 };
static volatile double fin[8] = { 3, 5, 7, 11, 13, 17, 19, 23 };

static __attribute__((noinline)) double keep(void)
{
	/* Read from volatile memory: the compiler can neither fold nor recompute them. */
	long v0 = in[0], v1 = in[1], v2 = in[2], v3 = in[3], v4 = in[4], v5 = in[5];
	long v6 = in[6], v7 = in[7], v8 = in[8], v9 = in[9];
	double f0 = fin[0], f1 = fin[1], f2 = fin[2], f3 = fin[3], f4 = fin[4], f5 = fin[5];
	double f6 = fin[6], f7 = fin[7];
	long r = jump_back();	/* 1; combined with each value so none is summed early */
	return (double)((v0 ^ r) + (v1 ^ r) + (v2 ^ r) + (v3 ^ r) + (v4 ^ r) + (v5 ^ r) +
		(v6 ^ r) + (v7 ^ r) + (v8 ^ r) + (v9 ^ r)) +
		r * f0 + r * f1 + r * f2 + r * f3 + r * f4 + r * f5 + r * f6 + r * f7;
}

int main(void)
{
	/* v ^ 1 is v - 1 for these odd values */
	double got = keep(), want = 158 - 10 + 98;
	if (got != want) {
		printf("FAIL callee-saved registers after longjmp: %.1f, want %.1f\n", got, want);
		return 1;
	}
	printf("ok callee-saved registers after longjmp\n");
	return 0;
}
