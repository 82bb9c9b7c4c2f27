/* start_tlsbyte: thread-local storage with no alignment (p_align 1 on x86_64) and an
 * odd size: the start code rounds the thread pointer up from a block that ends at any
 * byte, and the area it zeroes must still reach the end of the TCB (errno). Only
 * write and strlen here, so that no other TLS is linked. */
#include <elf.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/auxv.h>

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

static _Thread_local char text[17] = "sixteen letters!";
static _Thread_local char zero[3];

/* The program's PT_TLS alignment (0 without one). */
static unsigned long tls_align(void)
{
	const Elf64_Phdr *ph = (const void *)getauxval(AT_PHDR);
	for (unsigned long i = 0; i < getauxval(AT_PHNUM); i++)
		if (ph[i].p_type == PT_TLS) return ph[i].p_align;
	return 0;
}

int main(void)
{
#ifdef __x86_64__
	CHECK(tls_align() == 1);
#else
	CHECK(tls_align() <= 8);	/* aarch64's linker aligns TLS to 8 at least */
#endif
	CHECK(strcmp(text, "sixteen letters!") == 0 && !zero[0] && !zero[2]);
	zero[2] = 7;
	CHECK(zero[2] == 7 && text[15] == '!');
	errno = 0;
	CHECK(write(-1, "", 0) == -1 && errno == EBADF);
	return fails != 0;
}
