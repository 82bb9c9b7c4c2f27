/* bench/libc/hello_write.c: the write-only hello for the size figures. */
#include <unistd.h>

int main(void)
{
	write(1, "hello, world\n", 13);
	return 0;
}
