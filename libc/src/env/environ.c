/* The environment vector; the start code points it at the kernel's. */
#include "libc.h"

char **__environ = 0;
extern char **environ __attribute__((alias("__environ")));

void __init_environ(char **envp)
{
	__environ = envp;
}
