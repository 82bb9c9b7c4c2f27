/* start_ifunc: IRELATIVE relocations (GNU ifunc), from the main relocation table (an
 * address taken) and the PLT's (a call). The start code runs resolvers once the
 * program is relocated and the thread pointer and canary are set: this resolver
 * reads a relocated pointer and the canary. (Not getauxval: glibc may run a
 * resolver before the program's own calls into it are bound.) */
#include <stdio.h>
#include <string.h>

static int fails;
#define CHECK(c) do { if (c) { fputs("ok ", stdout); puts(#c); } \
	else { fputs("FAIL ", stdout); puts(#c); fails++; } } while (0)

static const char *const names[] = { "add", "shift" };	/* RELATIVE relocations */
static int ran, saw_names, saw_canary;

static int twice_add(int x) { return x + x; }
static int twice_shift(int x) { return x << 1; }

static unsigned long canary(void)
{
#ifdef __x86_64__
	unsigned long c;
	__asm__ ("mov %%fs:0x28, %0" : "=r"(c));
	return c;
#else
	return 1;	/* aarch64: a global, written with the relocations */
#endif
}

/* Runs at start-up, before any constructor (and before the sanitizers' setup in the
 * host build, hence not instrumented). */
__attribute__((used, no_sanitize("address", "undefined")))
static int (*resolve(void))(int)
{
	ran = 1;
	saw_names = names[1][0] == 's';
	saw_canary = canary() != 0;
	return saw_names ? twice_shift : twice_add;
}
int twice(int) __attribute__((ifunc("resolve")));
int (*twice_ptr)(int) = twice;

int main(void)
{
	CHECK(ran);
	CHECK(saw_names);
	CHECK(saw_canary);
	CHECK(twice(21) == 42);
	CHECK(twice_ptr(20) == 40);
	return fails != 0;
}
