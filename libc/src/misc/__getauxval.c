#include <elf.h>
#include "libc.h"

size_t __getauxval(unsigned long type)
{
	for (size_t *a = __libc.auxv; a && a[0]; a += 2)
		if (a[0] == type) return a[1];
	return 0;
}
