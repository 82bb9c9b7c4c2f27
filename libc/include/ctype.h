#ifndef _CTYPE_H
#define _CTYPE_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

int isalnum(int);
int isalpha(int);
int isblank(int);
int iscntrl(int);
int isdigit(int);
int isgraph(int);
int islower(int);
int isprint(int);
int ispunct(int);
int isspace(int);
int isupper(int);
int isxdigit(int);
int tolower(int);
int toupper(int);
int isascii(int);
int toascii(int);

/* Only the C locale exists, so the common tests are pure arithmetic. The "0 ?" keeps
 * the argument type-checked against the prototype without evaluating it twice. */
#ifndef __cplusplus
#define isalpha(c) (0 ? isalpha(c) : ((unsigned)(c) | 32) - 'a' < 26)
#define isdigit(c) (0 ? isdigit(c) : (unsigned)(c) - '0' < 10)
#define islower(c) (0 ? islower(c) : (unsigned)(c) - 'a' < 26)
#define isupper(c) (0 ? isupper(c) : (unsigned)(c) - 'A' < 26)
#define isprint(c) (0 ? isprint(c) : (unsigned)(c) - 0x20 < 0x5f)
#define isgraph(c) (0 ? isgraph(c) : (unsigned)(c) - 0x21 < 0x5e)
#endif

#ifdef __cplusplus
}
#endif

#endif
