/* start_notls: a program without thread-local storage (no PT_TLS: no stdio, no
 * malloc here), built with the stack protector, still gets its canary from AT_RANDOM,
 * low byte zero, and a different one in each run (checked by running itself). */
#include <elf.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <sys/wait.h>

static int fails;
static void check(int ok, const char *what)
{
	const char *s = ok ? "ok " : "FAIL ";
	write(1, s, strlen(s));
	write(1, what, strlen(what));
	write(1, "\n", 1);
	fails += !ok;
}
#define CHECK(c) check(c, #c)

static unsigned long canary(void)
{
#ifdef __x86_64__
	unsigned long c;
	__asm__ ("mov %%fs:0x28, %0" : "=r"(c));
	return c;
#elif defined __aarch64__
	extern unsigned long __stack_chk_guard;
	return __stack_chk_guard;
#endif
}

/* The canary of a fresh run of this program. */
static unsigned long child(void)
{
	unsigned long c = 0;
	int p[2];
	if (pipe(p) != 0) return 0;
	/* vfork and execve: fork and execl would link malloc, which has TLS. */
	char *args[] = { "start_notls", "child", 0 }, *env[] = { 0 };
	int out = dup(1);
	dup2(p[1], 1);
	pid_t pid = vfork();
	if (pid == 0) {
		execve("/proc/self/exe", args, env);
		_exit(127);
	}
	dup2(out, 1);
	close(out);
	close(p[1]);
	if (read(p[0], &c, sizeof c) != sizeof c) c = 0;
	close(p[0]);
	waitpid(pid, 0, 0);
	return c;
}

static int has_tls(void)
{
	const Elf64_Phdr *ph = (const void *)getauxval(AT_PHDR);
	for (unsigned long i = 0; i < getauxval(AT_PHNUM); i++)
		if (ph[i].p_type == PT_TLS) return 1;
	return 0;
}

int main(int argc, char **argv)
{
	unsigned long c = canary(), r;
	if (argc == 2 && strcmp(argv[1], "child") == 0)
		return write(1, &c, sizeof c) != sizeof c;
	memcpy(&r, (const void *)getauxval(AT_RANDOM), sizeof r);
	CHECK(!has_tls());
	CHECK(c != 0 && (c & 0xff) == 0);
	CHECK(c == (r & ~0xffUL));
	unsigned long a = child(), b = child();
#ifdef __aarch64__
	/* Under qemu-user without binfmt_misc an aarch64 program cannot exec itself. */
	if (a == 0 && b == 0) {
		static const char m[] = "skip: no second run (cannot exec this program)\n";
		write(1, m, sizeof m - 1);
		return fails != 0;
	}
#endif
	CHECK(a != 0 && b != 0 && a != c && a != b);
	return fails != 0;
}
