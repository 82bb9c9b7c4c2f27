#include <unistd.h>
#include <stdio.h>
#include <string.h>

static FILE *f;
static char line[256];
static int fallback;

void setusershell(void)
{
	if (f) rewind(f);
	fallback = 0;
}

void endusershell(void)
{
	if (f) fclose(f);
	f = 0;
	fallback = 0;
}

/* /etc/shells, one absolute path a line; without it, /bin/sh alone. */
char *getusershell(void)
{
	static const char *const def[] = { "/bin/sh", 0 };
	if (!f && !(f = fopen("/etc/shells", "re")))
		return (char *)def[fallback < 1 ? fallback++ : 1];
	while (fgets(line, sizeof line, f)) {
		char *s = line + strspn(line, " \t");
		s[strcspn(s, " \t\n#")] = 0;
		if (*s == '/') return s;
	}
	return 0;
}
