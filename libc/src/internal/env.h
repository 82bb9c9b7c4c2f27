/* env.h: shared state of setenv/putenv/unsetenv. */
#ifndef _INTERNAL_ENV_H
#define _INTERNAL_ENV_H

#include "libc.h"

extern char **__environ;
/* Put "name=value" string s in the environment (replacing name), remembering it as
 * ours to free when it is replaced if owned is set. Returns 0 or -1 (ENOMEM). */
__hidden int __env_put(char *s, int owned);
/* Forget s if we allocated it, freeing it. */
__hidden void __env_release(char *s);

#endif
