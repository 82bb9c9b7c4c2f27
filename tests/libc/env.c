/* env: getenv/setenv/unsetenv/putenv/clearenv and environ. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;
static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static int count(const char *prefix)
{
	int n = 0;
	for (char **e = environ; *e; e++) n += strncmp(*e, prefix, strlen(prefix)) == 0;
	return n;
}

int main(void)
{
	CHECK(setenv("R3_A", "one", 1) == 0);
	CHECK(strcmp(getenv("R3_A"), "one") == 0);
	CHECK(setenv("R3_A", "two", 0) == 0 && strcmp(getenv("R3_A"), "one") == 0);
	CHECK(setenv("R3_A", "three", 1) == 0 && strcmp(getenv("R3_A"), "three") == 0);
	CHECK(count("R3_A=") == 1);
	CHECK(getenv("R3_") == NULL);
	CHECK(getenv("R3_A=three") == NULL);
	errno = 0;
	CHECK(setenv("BAD=NAME", "x", 1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(setenv("", "x", 1) == -1 && errno == EINVAL);
	static char pe[] = "R3_B=put";
	CHECK(putenv(pe) == 0 && strcmp(getenv("R3_B"), "put") == 0);
	pe[6] = 'X';	/* putenv keeps the caller's string itself */
	CHECK(strcmp(getenv("R3_B"), "pXt") == 0);
	for (int i = 0; i < 200; i++) {
		char name[16];
		snprintf(name, sizeof name, "R3_M%d", i);
		setenv(name, name, 1);
	}
	CHECK(count("R3_M") == 200 && strcmp(getenv("R3_M199"), "R3_M199") == 0);
	CHECK(unsetenv("R3_A") == 0 && getenv("R3_A") == NULL && count("R3_A=") == 0);
	CHECK(unsetenv("R3_NOT_THERE") == 0);
	CHECK(strcmp(getenv("R3_B"), "pXt") == 0);
	CHECK(clearenv() == 0 && getenv("R3_B") == NULL && getenv("R3_M5") == NULL);
	CHECK(setenv("R3_C", "after", 1) == 0 && strcmp(getenv("R3_C"), "after") == 0);
	return fails != 0;
}
