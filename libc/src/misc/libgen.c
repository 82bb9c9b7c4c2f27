#include <libgen.h>
#include <string.h>

/* POSIX forms: they may modify the argument, and trailing slashes don't count. */
char *basename(char *s)
{
	if (!s || !*s) return ".";
	size_t n = strlen(s);
	while (n > 1 && s[n - 1] == '/') s[--n] = 0;
	char *b = strrchr(s, '/');
	return b && b[1] ? b + 1 : s;
}

char *dirname(char *s)
{
	if (!s || !*s) return ".";
	size_t n = strlen(s);
	while (n > 1 && s[n - 1] == '/') n--;		/* trailing slashes */
	while (n && s[n - 1] != '/') n--;		/* the last component */
	if (!n) return ".";
	while (n > 1 && s[n - 1] == '/') n--;		/* slashes before it */
	s[n] = 0;
	return s;
}
