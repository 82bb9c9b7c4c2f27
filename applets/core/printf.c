/* printf - write formatted output
 *
 * APPLET(printf, USR_BIN)
 * usage: printf FORMAT [ARGUMENT...]
 *
 * Write FORMAT, with each conversion replaced by the next ARGUMENT. The FORMAT is
 * reused while ARGUMENTs remain; missing ones count as "" or 0.
 *
 * Conversions: %s %b (the argument's backslash escapes interpreted) %c %d %i %o %u
 * %x %X %%, with flags "-+ #0", a width and a .precision (either may be *, taken from
 * the next ARGUMENT). %f %e %g %F %E %G print decimal or hexadecimal (0x1.8p3)
 * arguments exactly, rounded in decimal (ties to even); %a %A print the nearest double
 * in hexadecimal (0x1.8p+3). Escapes in FORMAT: \a \b \c (stop) \e \f \n \r \t \v
 * \\ \NNN \xHH \uHHHH \UHHHHHHHH (UTF-8). A numeric ARGUMENT is decimal, 0x hex or
 * 0 octal, or 'c (the value of c).
 *
 * %q (no flags or width) writes the ARGUMENT quoted so that a shell reads it back as
 * the same word, as GNU printf does: unchanged when nothing in it is special, in "..."
 * when it has single quotes but nothing special inside "...", in '...' otherwise.
 * Control characters and bytes that are not UTF-8 go inside the quotes as they are
 * (GNU writes them $'\NNN', which not every shell reads), so
 * eval "set -- $(printf '%q ' "$@")" gives back the same arguments. A missing
 * ARGUMENT gives nothing (GNU's way; no arguments stay none).
 *
 * The shell's printf builtin formats the same way (lib/pformat.c), but for %c of an
 * empty ARGUMENT (nothing there, a NUL here) and excess ARGUMENTs (no warning there).
 */
#include <stdio.h>
#include <string.h>
#include "ring3.h"

static void out(const char *s, size_t n)
{
	fwrite(s, 1, n, stdout);
}

int printf_main(int argc, char **argv)
{
	int ind = argc > 1 && !strcmp(argv[1], "--") ? 2 : 1;
	if (ind >= argc) {
		warn_msg("missing operand");
		return usage();
	}
	struct pformat pf = { .out = out, .warn = warn_msg, .grow = xrealloc };
	return pformat(&pf, argv[ind], argv + ind + 1, argc - ind - 1);
}
