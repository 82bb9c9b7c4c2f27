/* echo - write arguments to standard output
 *
 * APPLET(echo, BIN)
 * usage: echo [-neE] [STRING...]
 *
 * Write the STRINGs, separated by single spaces and followed by a newline.
 * Options are recognized only as leading words made of the letters n, e and E
 * (as GNU echo does); "--" is an ordinary string.
 *
 * -n  do not write the trailing newline
 * -e  interpret backslash escapes: \a \b \c (stop output) \e \f \n \r \t \v \\
 *     \0NNN \NNN (octal) \xHH (hex)
 * -E  do not interpret backslash escapes (the default)
 *
 * With POSIXLY_CORRECT set, escapes are always interpreted and only -n is an option.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ring3.h"

/* A word like -n, -e, -neE: every letter an echo option. */
static int is_option(const char *w)
{
	if (w[0] != '-' || !w[1])
		return 0;
	return strspn(w + 1, "neE") == strlen(w + 1);
}

int echo_main(int argc, char **argv)
{
	int newline = 1, escapes = 0, i = 1;
	if (getenv("POSIXLY_CORRECT")) {
		escapes = 1;
		if (argc > 1 && !strcmp(argv[1], "-n")) {
			newline = 0;
			i = 2;
		}
	} else {
		for (; i < argc && is_option(argv[i]); i++)
			for (const char *p = argv[i] + 1; *p; p++)
				if (*p == 'n')
					newline = 0;
				else
					escapes = *p == 'e';
	}
	for (int first = i; i < argc; i++) {
		if (i > first)
			putchar(' ');
		if (!escapes) {
			fputs(argv[i], stdout);
			continue;
		}
		for (const char *p = argv[i]; *p;) {
			int c = (unsigned char)*p++;
			if (c == '\\') {
				c = escape_char(&p, 1);
				if (c < 0)
					return 0;
			}
			putchar(c);
		}
	}
	if (newline)
		putchar('\n');
	return 0;
}
