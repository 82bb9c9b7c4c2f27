#ifndef _LIBGEN_H
#define _LIBGEN_H
char *dirname(char *);
char *basename(char *);
#define __xpg_basename basename
#endif
