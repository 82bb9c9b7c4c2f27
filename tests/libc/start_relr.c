/* start_relr: relative relocations packed as DT_RELR (the Makefile links this test
 * with -z pack-relative-relocs on x86_64): long runs of pointers (address entries and
 * 63-word bitmaps), runs with holes, lone pointers, in writable data and in RELRO. */
#include <elf.h>
#include <stdio.h>
#include <string.h>

static int fails;
#define CHECK(c) do { if (c) { fputs("ok ", stdout); puts(#c); } \
	else { fputs("FAIL ", stdout); puts(#c); fails++; } } while (0)

static char obj[300];
/* 200 pointers in a row: one address entry, then bitmaps. */
static char *run[200] = {
#define P4(i) &obj[i], &obj[i + 1], &obj[i + 2], &obj[i + 3]
#define P20(i) P4(i), P4(i + 4), P4(i + 8), P4(i + 12), P4(i + 16)
#define P100(i) P20(i), P20(i + 20), P20(i + 40), P20(i + 60), P20(i + 80)
	P100(0), P100(100)
};
/* Pointers with holes of 1 to 69 words between them (some past a bitmap's reach). */
struct gap { char *p; long hole[69]; };
static struct gap gaps[] = {
	{ &obj[1], { 0 } }, { &obj[2], { 0 } }, { &obj[3], { 0 } },
};
static struct { char *p; long n; } mixed[100];
static const char *const ro[] = { "zero", "one", "two" };	/* RELRO */
static int (*const fn)(const char *, const char *) = strcmp;

extern const Elf64_Dyn _DYNAMIC[];

int main(void)
{
	int bad = 0;
	for (int i = 0; i < 200; i++) bad += run[i] != &obj[i];
	CHECK(bad == 0);
	bad = 0;
	for (int i = 0; i < 3; i++) bad += gaps[i].p != &obj[i + 1] || gaps[i].hole[0] != 0;
	CHECK(bad == 0);
	for (int i = 0; i < 100; i++) mixed[i].p = &obj[i], mixed[i].n = i;
	CHECK(mixed[99].p == &obj[99]);
	CHECK(strcmp(ro[2], "two") == 0 && fn(ro[1], "one") == 0);
#ifdef __x86_64__
	int relr = 0;
	for (const Elf64_Dyn *d = _DYNAMIC; d->d_tag != DT_NULL; d++) relr |= d->d_tag == DT_RELR;
	CHECK(relr);
#endif
	return fails != 0;
}
