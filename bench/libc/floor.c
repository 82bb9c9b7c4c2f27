/* bench/libc/floor.c: a libc-free static binary that only calls exit_group(0): the
 * floor under the start+exit figure (built with -nostdlib -static). */
void _start(void)
{
	__asm__ volatile("mov $231, %%eax\n\txor %%edi, %%edi\n\tsyscall" ::: "rax", "rdi", "rcx", "r11", "memory");
	for (;;)
		;
}
