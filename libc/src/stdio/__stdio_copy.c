#include "stdio_impl.h"
#include "stdio_copy.h"

/* A forward copy for stdio's own buffers. The pieces are short and each buffer ends
 * in a write(2), so a word loop is enough, and a program that only prints does not
 * link the vector memcpy (about a kilobyte) for it. */
void __stdio_copy(unsigned char *d, const unsigned char *s, size_t n)
{
	/* __builtin_: -ffreestanding would otherwise make each a call. */
	for (; n >= 8; n -= 8, d += 8, s += 8)
		__builtin_memcpy(d, s, 8);
	while (n--)
		*d++ = *s++;
}
