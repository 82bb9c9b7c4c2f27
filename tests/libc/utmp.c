/* utmp: records written with pututxline to a private file are found by id and
 * by line, and replaced in place. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <utmpx.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

int main(void)
{
	char file[64];
	snprintf(file, sizeof file, "/tmp/r3utmp%d", (int)getpid());
	FILE *f = fopen(file, "w");
	if (f) fclose(f);
	CHECK(utmpxname(file) == 0);
	setutxent();
	struct utmpx u;
	memset(&u, 0, sizeof u);
	u.ut_type = USER_PROCESS;
	u.ut_pid = 42;
	strcpy(u.ut_line, "tty1");
	strcpy(u.ut_id, "1");
	strcpy(u.ut_user, "alice");
	CHECK(pututxline(&u) != NULL);
	strcpy(u.ut_line, "tty2");
	strcpy(u.ut_id, "2");
	strcpy(u.ut_user, "bob");
	CHECK(pututxline(&u) != NULL);
	u.ut_type = DEAD_PROCESS;
	strcpy(u.ut_user, "");
	setutxent();	/* POSIX: the search for the record to replace goes forward from here */
	CHECK(pututxline(&u) != NULL);	/* replaces id 2 */
	setutxent();
	int n = 0;
	while (getutxent()) n++;
	CHECK(n == 2);
	struct utmpx key;
	memset(&key, 0, sizeof key);
	strcpy(key.ut_line, "tty1");
	setutxent();
	struct utmpx *e = getutxline(&key);
	CHECK(e && strcmp(e->ut_user, "alice") == 0 && e->ut_pid == 42);
	key.ut_type = USER_PROCESS;
	strcpy(key.ut_id, "2");
	setutxent();
	e = getutxid(&key);
	CHECK(e && e->ut_type == DEAD_PROCESS);
	endutxent();
	unlink(file);
	return fails != 0;
}
