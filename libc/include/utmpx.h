#ifndef _UTMPX_H
#define _UTMPX_H

#include <features.h>
#include <bits/alltypes.h>

#define UT_LINESIZE 32
#define UT_NAMESIZE 32
#define UT_HOSTSIZE 256

#define EMPTY 0
#define RUN_LVL 1
#define BOOT_TIME 2
#define NEW_TIME 3
#define OLD_TIME 4
#define INIT_PROCESS 5
#define LOGIN_PROCESS 6
#define USER_PROCESS 7
#define DEAD_PROCESS 8
#define ACCOUNTING 9

/* The record layout of /var/run/utmp and /var/log/wtmp on x86_64 Linux
 * (384 bytes, 32-bit times), so files written by other systems read back. */
struct utmpx {
	short ut_type;
	pid_t ut_pid;
	char ut_line[UT_LINESIZE];
	char ut_id[4];
	char ut_user[UT_NAMESIZE];
	char ut_host[UT_HOSTSIZE];
	struct { short __e_termination, __e_exit; } ut_exit;
	int ut_session;
	struct { int tv_sec, tv_usec; } ut_tv;
	unsigned ut_addr_v6[4];
	char __unused[20];
};

void setutxent(void);
void endutxent(void);
struct utmpx *getutxent(void);
struct utmpx *getutxid(const struct utmpx *);
struct utmpx *getutxline(const struct utmpx *);
struct utmpx *pututxline(const struct utmpx *);
int utmpxname(const char *);
void updwtmpx(const char *, const struct utmpx *);

#endif
