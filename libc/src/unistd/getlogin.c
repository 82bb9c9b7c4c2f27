#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

/* Without utmp, the login name is what the login process put in LOGNAME. */
char *getlogin(void)
{
	return getenv("LOGNAME");
}

int getlogin_r(char *buf, size_t size)
{
	const char *s = getlogin();
	if (!s) return ENXIO;
	size_t n = strlen(s);
	if (n >= size) return ERANGE;
	memcpy(buf, s, n + 1);
	return 0;
}
