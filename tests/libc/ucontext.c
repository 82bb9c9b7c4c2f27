/* ucontext: getcontext/setcontext round trip, makecontext with register and stack
 * arguments, swapcontext ping-pong between coroutines, uc_link chaining, the signal
 * mask travelling with a context, and the FP control state kept. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

static int fails;
#define CHECK(cond, what) do { \
	if (cond) printf("ok %s\n", what); \
	else { printf("FAIL %s (line %d)\n", what, __LINE__); fails++; } \
} while (0)

static ucontext_t main_ctx, co_ctx, link_ctx;
static long sum;
static int trace[16], ntrace;

static void nine(int a, int b, int c, int d, int e, int f, int g, int h, int i)
{
	sum = a + 10L * b + 100L * c + 1000L * d + 10000L * e + 100000L * f + 1000000L * g +
		10000000L * h + 100000000L * i;
}

static void coroutine(int n)
{
	for (int i = 0; i < n; i++) {
		trace[ntrace++] = 100 + i;
		swapcontext(&co_ctx, &main_ctx);
	}
	trace[ntrace++] = 999;
}

static void after(void)
{
	trace[ntrace++] = 555;
}

/* The rounding-control field: MXCSR's RC (x86_64), FPCR's RMode (aarch64). */
#if defined __x86_64__
#define FP_UPWARD (2UL << 13)
static unsigned long fp_control(void) { unsigned v; __asm__ volatile ("stmxcsr %0" : "=m"(v)); return v; }
static void set_fp_control(unsigned long v) { unsigned w = v; __asm__ volatile ("ldmxcsr %0" : : "m"(w)); }
#elif defined __aarch64__
#define FP_UPWARD (1UL << 22)
static unsigned long fp_control(void) { unsigned long v; __asm__ volatile ("mrs %0, fpcr" : "=r"(v)); return v; }
static void set_fp_control(unsigned long v) { __asm__ volatile ("msr fpcr, %0" : : "r"(v)); }
#endif

static volatile double sink;
static void aligned_work(void)
{
	/* printf of a double needs a 16-aligned stack for its SSE spills */
	char buf[64];
	snprintf(buf, sizeof buf, "%.3f", 2.0 / 3.0);
	sink = strtod(buf, 0);
}

int main(void)
{
	volatile int passes = 0;
	getcontext(&main_ctx);
	if (++passes < 3) setcontext(&main_ctx);
	CHECK(passes == 3, "getcontext/setcontext loop");

	static char stack1[65536], stack2[65536], stack3[65536];
	getcontext(&co_ctx);
	co_ctx.uc_stack.ss_sp = stack1;
	co_ctx.uc_stack.ss_size = sizeof stack1;
	co_ctx.uc_link = &main_ctx;
	makecontext(&co_ctx, (void (*)(void))nine, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9);
	swapcontext(&main_ctx, &co_ctx);
	CHECK(sum == 987654321L, "makecontext passes nine arguments");

	getcontext(&co_ctx);
	co_ctx.uc_stack.ss_sp = stack2;
	co_ctx.uc_stack.ss_size = sizeof stack2;
	getcontext(&link_ctx);
	link_ctx.uc_stack.ss_sp = stack3;
	link_ctx.uc_stack.ss_size = sizeof stack3;
	link_ctx.uc_link = &main_ctx;
	makecontext(&link_ctx, after, 0);
	co_ctx.uc_link = &link_ctx;
	makecontext(&co_ctx, (void (*)(void))coroutine, 1, 3);
	for (int i = 0; i < 4; i++) {
		trace[ntrace++] = i;
		swapcontext(&main_ctx, &co_ctx);
	}
	int want[] = { 0, 100, 1, 101, 2, 102, 3, 999, 555 };
	CHECK(ntrace == 9 && !memcmp(trace, want, sizeof want), "swapcontext ping-pong and uc_link chain");

	getcontext(&co_ctx);
	co_ctx.uc_stack.ss_sp = stack1;
	co_ctx.uc_stack.ss_size = sizeof stack1 - 8;	/* an unaligned top */
	co_ctx.uc_link = &main_ctx;
	makecontext(&co_ctx, aligned_work, 0);
	swapcontext(&main_ctx, &co_ctx);
	CHECK(sink == 0.667, "stack alignment for SSE code on a context");

	/* The FP control register travels with the context: round upward when getcontext
	   runs, to nearest when setcontext comes back to it. */
	volatile int back = 0;
	unsigned long ctl = fp_control(), up = ctl | FP_UPWARD;
	set_fp_control(up);
	getcontext(&co_ctx);
	if (!back) {
		back = 1;
		set_fp_control(ctl);
		setcontext(&co_ctx);
	}
	CHECK(fp_control() == up, "setcontext restores the FP control register");
	set_fp_control(ctl);

	sigset_t set, now;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, 0);
	volatile int resumed = 0;
	getcontext(&co_ctx);
	if (!resumed) {
		sigprocmask(SIG_UNBLOCK, &set, 0);
		resumed = 1;
		setcontext(&co_ctx);
	}
	sigprocmask(SIG_BLOCK, 0, &now);
	CHECK(sigismember(&now, SIGUSR1), "setcontext restores the signal mask");
	return fails != 0;
}
