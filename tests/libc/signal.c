/* signal: sigaction handlers and SA_SIGINFO, masks, sigsetjmp/siglongjmp out of a
 * handler, setjmp/longjmp, raise, alarm+pause, abort status. */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static volatile sig_atomic_t got, code, from_pid;
static sigjmp_buf env;
static jmp_buf jb;

static void handler(int sig) { got = sig; }
static void info_handler(int sig, siginfo_t *si, void *ctx)
{
	got = sig;
	code = si->si_code;
	from_pid = si->si_pid;
}
static void jumper(int sig) { siglongjmp(env, sig); }

static int depth(volatile int n)
{
	if (n <= 0) longjmp(jb, 7);
	return n > 100 ? 0 : depth(n - 1) + 1;
}

int main(void)
{
	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	CHECK(sigaction(SIGUSR1, &sa, &old) == 0);
	CHECK(old.sa_handler == SIG_DFL);
	CHECK(raise(SIGUSR1) == 0 && got == SIGUSR1);

	sa.sa_sigaction = info_handler;
	sa.sa_flags = SA_SIGINFO;
	CHECK(sigaction(SIGUSR2, &sa, 0) == 0);
	got = 0;
	CHECK(kill(getpid(), SIGUSR2) == 0 && got == SIGUSR2 && code == SI_USER && from_pid == getpid());
	CHECK(sigaction(SIGUSR2, 0, &old) == 0 && (old.sa_flags & SA_SIGINFO));

	sigset_t set, cur;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	CHECK(sigismember(&set, SIGUSR1) == 1 && sigismember(&set, SIGUSR2) == 0);
	CHECK(sigprocmask(SIG_BLOCK, &set, 0) == 0);
	got = 0;
	raise(SIGUSR1);
	CHECK(got == 0);
	sigset_t pend;
	CHECK(sigpending(&pend) == 0 && sigismember(&pend, SIGUSR1) == 1);
	CHECK(sigprocmask(SIG_UNBLOCK, &set, &cur) == 0 && sigismember(&cur, SIGUSR1) == 1);
	CHECK(got == SIGUSR1);
	sigfillset(&set);
	sigdelset(&set, SIGUSR1);
	CHECK(sigismember(&set, SIGUSR1) == 0 && sigismember(&set, SIGTERM) == 1);
	errno = 0;
	CHECK(sigaddset(&set, 0) == -1 && errno == EINVAL);

	/* Jump out of a handler: the mask saved by sigsetjmp comes back. */
	signal(SIGUSR1, jumper);
	int r = sigsetjmp(env, 1);
	if (r == 0) {
		raise(SIGUSR1);
		CHECK(!"not reached");
	}
	CHECK(r == SIGUSR1);
	sigprocmask(SIG_SETMASK, 0, &cur);
	CHECK(sigismember(&cur, SIGUSR1) == 0);

	volatile int local = 1;
	r = setjmp(jb);
	if (r == 0) {
		local = 2;
		depth(10);
	}
	CHECK(r == 7 && local == 2);

	signal(SIGALRM, handler);
	got = 0;
	alarm(1);
	pause();
	CHECK(got == SIGALRM);
	CHECK(signal(SIGALRM, SIG_DFL) == handler);

	pid_t pid = fork();
	if (pid == 0) abort();
	int st;
	CHECK(waitpid(pid, &st, 0) == pid && WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT);
	pid = fork();
	if (pid == 0) {
		signal(SIGABRT, handler);	/* abort still ends the process */
		abort();
	}
	CHECK(waitpid(pid, &st, 0) == pid && WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT);
	return fails != 0;
}
