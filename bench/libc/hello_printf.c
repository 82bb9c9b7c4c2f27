/* bench/libc/hello_printf.c: the printf hello for the size figures (and start+exit). */
#include <stdio.h>

int main(void)
{
	printf("hello, %s %d\n", "world", 42);
	return 0;
}
