#ifndef _UTMP_H
#define _UTMP_H

#include <utmpx.h>
#include <paths.h>

#define utmp utmpx
#define ut_name ut_user
#define ut_time ut_tv.tv_sec
#define UTMP_FILE _PATH_UTMP
#define WTMP_FILE _PATH_WTMP

#define setutent setutxent
#define endutent endutxent
#define getutent getutxent
#define getutid getutxid
#define getutline getutxline
#define pututline pututxline
#define utmpname utmpxname
#define updwtmp updwtmpx

int login_tty(int);
void logwtmp(const char *, const char *, const char *);

#endif
