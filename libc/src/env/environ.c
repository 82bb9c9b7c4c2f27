/* The environment vector; the start code points it at the kernel's. */
char **__environ = 0;
extern char **environ __attribute__((alias("__environ")));
