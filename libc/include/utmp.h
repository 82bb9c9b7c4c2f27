#ifndef _UTMP_H
#define _UTMP_H
#include <paths.h>
int login_tty(int);
#endif
