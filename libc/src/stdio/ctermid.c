#include <string.h>
#include "stdio_impl.h"

char *ctermid(char *s)
{
	return s ? strcpy(s, "/dev/tty") : (char *)"/dev/tty";
}
