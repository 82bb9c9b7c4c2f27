/* start_init: the order of start-up: preinit_array, then constructors by priority,
 * then the rest of init_array in order, then main; the auxiliary vector readable
 * from preinit_array, environ and program_invocation_name set for constructors
 * (glibc sets those two after preinit_array); main's caller the outermost frame. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

static int fails;
#define CHECK(c) do { if (c) { fputs("ok ", stdout); puts(#c); } \
	else { fputs("FAIL ", stdout); puts(#c); fails++; } } while (0)

extern char **environ;
static char order[16];
static int pre_aux, init_env, init_name;
static void add(char c) { order[strlen(order)] = c; }

static void pre(void)
{
	pre_aux = getauxval(AT_PAGESZ) != 0;
	add('p');
}
static void first(void)
{
	init_env = environ != NULL;
	init_name = program_invocation_name != NULL && program_invocation_name[0] != 0;
	add('1');
}
static void second(void) { add('2'); }
__attribute__((constructor(101))) static void early(void) { add('e'); }

/* Word-aligned: an array's default 16 would leave a null hole in the section. */
__attribute__((section(".preinit_array"), used, aligned(sizeof(void *))))
static void (*pre_fns[])(void) = { pre };
__attribute__((section(".init_array"), used, aligned(sizeof(void *))))
static void (*init_fns[])(void) = { first, second };

int main(void)
{
	CHECK(strcmp(order, "pe12") == 0);
	CHECK(pre_aux);
	CHECK(init_env);
	CHECK(init_name);
#ifdef __ring3__
	/* The frame main saved is the outermost: a frame-pointer unwinder stops there
	 * (glibc calls main from a function of its own). */
	void **frame = __builtin_frame_address(0);
	CHECK(frame[0] == NULL);
#endif
	return fails != 0;
}
