/* edit.c - line editing for interactive shells (placeholder). */
#include "sh.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void sh_history_add(const char *line, size_t n)
{
	(void)line;
	(void)n;
}

ssize_t sh_edit_line(int fd, const char *prompt, char **out)
{
	char *buf = NULL;
	size_t len = 0, cap = 0;
	sh_write_all(2, prompt, strlen(prompt));
	for (;;) {
		char c;
		ssize_t r = read(fd, &c, 1);
		if (r <= 0)
			break;
		if (len + 2 > cap) {
			cap = cap ? cap * 2 : 128;
			buf = sh_xrealloc(buf, cap);
		}
		buf[len++] = c;
		if (c == '\n')
			break;
	}
	*out = buf;
	return (ssize_t)len;
}
