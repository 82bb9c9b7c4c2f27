/* start_tlsbyte: thread-local storage with no alignment (p_align 1 on x86_64) and a
 * size off 16: the start code rounds the thread pointer up from a block that ends at any
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

/* Under 8 bytes each: compilers align bigger arrays to 8 or 16. */
static _Thread_local char text[7] = "abcdef";
static _Thread_local char byte = 'x';
static _Thread_local char zero[5];

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
	/* Below the thread pointer's 16, so that rounding up to it matters (1 with gcc
	 * and clang on x86_64; aarch64's linker and ASan's TLS make it 8). */
	CHECK(tls_align() < 16);
	CHECK(strcmp(text, "abcdef") == 0 && byte == 'x' && !zero[0] && !zero[4]);
	zero[4] = 7;
	CHECK(zero[4] == 7 && text[5] == 'f');
	errno = 0;
	CHECK(write(-1, "", 0) == -1 && errno == EBADF);
	return fails != 0;
}
