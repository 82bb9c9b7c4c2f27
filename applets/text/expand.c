/* expand, unexpand - convert tabs to spaces and back
 *
 * APPLET(expand, USR_BIN)
 * APPLET(unexpand, USR_BIN, expand_main)
 * usage: expand [-i] [-t LIST] [FILE...] | unexpand [-a] [--first-only] [-t LIST] [FILE...]
 *
 * expand writes each FILE (- is standard input) with its tabs turned into spaces up
 * to the next tab stop; unexpand turns runs of blanks that reach a tab stop back into
 * tabs. A backspace moves back one column.
 *
 * -t LIST  tab stops every N columns (-t N, or -N), or at the columns of a list
 *          separated by commas or blanks (--tabs); a last entry /N continues with
 *          every multiple of N, +N with every N columns after the last stop. Beyond
 *          the list expand writes one space for a tab
 * -i  expand: only tabs before the first non-blank of a line (--initial)
 * -a  unexpand: all blanks, not only leading ones (--all; implied by -t)
 * --first-only  unexpand: only leading blanks, even with -t
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static size_t *stops, nstops;	/* explicit stops, ascending */
static size_t every = 8;	/* the tab size with no list */
static int extend;		/* after the list: 0 none, '/' multiples, '+' increments */
static size_t ext_n;

/* The next tab stop after col, or 0 if there is none. */
static size_t next_stop(size_t col)
{
	if (!nstops)
		return (col / every + 1) * every;
	for (size_t i = 0; i < nstops; i++)
		if (stops[i] > col)
			return stops[i];
	size_t last = stops[nstops - 1];
	if (extend == '/')
		return (col / ext_n + 1) * ext_n;
	if (extend == '+')
		return last + ((col - last) / ext_n + 1) * ext_n;
	return 0;
}

static int parse_tabs(const char *s)
{
	size_t prev = 0;
	while (*s) {
		if (*s == ',' || *s == ' ' || *s == '\t') {
			s++;
			continue;
		}
		int ext = 0;
		if (*s == '/' || *s == '+')
			ext = *s++;
		if (*s < '0' || *s > '9') {
			warn_msg("tab size contains invalid character(s): '%s'", s);
			return -1;
		}
		size_t v = 0;
		for (; *s >= '0' && *s <= '9'; s++) {
			if (v > ((size_t)-1 / 2 - 9) / 10) {
				warn_msg("tab stop is too large");
				return -1;
			}
			v = v * 10 + (*s - '0');
		}
		if (*s && *s != ',' && *s != ' ' && *s != '\t') {
			warn_msg("tab size contains invalid character(s): '%s'", s);
			return -1;
		}
		if (!v) {
			warn_msg("tab size cannot be 0");
			return -1;
		}
		if (extend) {
			warn_msg("'%c' specifier only allowed with the last value", extend);
			return -1;
		}
		if (ext) {
			extend = ext;
			ext_n = v;
			continue;
		}
		if (nstops && v <= prev) {
			warn_msg("tab sizes must be ascending");
			return -1;
		}
		stops = xrealloc(stops, (nstops + 1) * sizeof *stops);
		stops[nstops++] = prev = v;
	}
	/* one number alone is the tab size */
	if (nstops == 1 && !extend) {
		every = stops[0];
		nstops = 0;
	} else if (!nstops && extend) {
		every = ext_n;
		extend = 0;
	}
	return 0;
}

static int unexpanding, initial_only;

static void expand_fd(int fd, const char *name, int *status)
{
	static char buf[65536];
	size_t col = 0;
	int leading = 1;
	ssize_t n;
	while ((n = safe_read(fd, buf, sizeof buf)) > 0) {
		for (ssize_t i = 0; i < n; i++) {
			unsigned char c = buf[i];
			if (c == '\t' && (leading || !initial_only)) {
				size_t to = next_stop(col);
				if (!to)
					to = col + 1;
				for (; col < to; col++)
					putchar(' ');
				continue;
			}
			putchar(c);
			if (c == '\n') {
				col = 0;
				leading = 1;
				continue;
			}
			if (c == '\b')
				col -= col > 0;
			else
				col++;
			if (c != ' ' && c != '\t')
				leading = 0;
		}
	}
	if (n < 0) {
		warn_errno("%s", name);
		*status = 1;
	}
}

/* Blanks wait in pending until they reach a tab stop (a tab replaces them) or a
 * non-blank sends them out as they were. One space alone that reaches a stop stays
 * a space, unless more blanks follow it (GNU). */
static void unexpand_fd(int fd, const char *name, int *status)
{
	static char buf[65536];
	char *pending = 0;
	size_t npend = 0, cap = 0, col = 0;
	int convert = 1, lone = 0;
	ssize_t n;
	while ((n = safe_read(fd, buf, sizeof buf)) > 0) {
		for (ssize_t i = 0; i < n; i++) {
			unsigned char c = buf[i];
			if (convert && (c == ' ' || c == '\t')) {
				if (lone) {
					putchar('\t');
					npend = lone = 0;
				}
				size_t to = next_stop(col);
				size_t ncol = c == ' ' ? col + 1 : to ? to : col + 1;
				if (!to) {
					/* past the last stop: blanks stay as they are */
					if (npend)
						fwrite(pending, 1, npend, stdout);
					npend = 0;
					putchar(c);
					col = ncol;
					continue;
				}
				if (npend == cap)
					pending = xrealloc(pending, cap = cap ? cap * 2 : 64);
				pending[npend++] = c;
				col = ncol;
				if (col == to) {
					if (npend == 1 && c == ' ')
						lone = 1;
					else {
						putchar('\t');
						npend = 0;
					}
				}
				continue;
			}
			if (npend)
				fwrite(pending, 1, npend, stdout);
			npend = lone = 0;
			putchar(c);
			if (c == '\n') {
				col = 0;
				convert = 1;
				continue;
			}
			if (c == '\b')
				col -= col > 0;
			else
				col++;
			if (initial_only)
				convert = 0;
		}
	}
	if (npend)
		fwrite(pending, 1, npend, stdout);
	free(pending);
	if (n < 0) {
		warn_errno("%s", name);
		*status = 1;
	}
}

int expand_main(int argc, char **argv)
{
	unexpanding = !strcmp(applet_name, "unexpand");
	int all = 0, first_only = 0, tabs_given = 0;
	/* -N and -N,M: the historical form of -t */
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (argv[i][0] == '-' && argv[i][1] >= '0' && argv[i][1] <= '9') {
			/* unlike -t, this does not imply -a */
			if (parse_tabs(argv[i] + 1))
				return 1;
			memmove(argv + i, argv + i + 1, (argc - i) * sizeof *argv);
			argc--;
			i--;
		}
	}
	struct opt o = OPT_INIT(argc, argv, unexpanding ? "a(all)t(tabs):\001(first-only)" :
					     "i(initial)t(tabs):");
	int c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'i': initial_only = 1; break;
		case 'a': all = 1; break;
		case 1: first_only = 1; break;
		case 't':
			if (parse_tabs(o.arg))
				return 1;
			tabs_given = 1;
			break;
		default: return usage();
		}
	if (unexpanding)
		initial_only = first_only || !(all || tabs_given);
	argc -= o.ind;
	argv += o.ind;
	char *dash[] = { "-", 0 };
	if (!argc) {
		argv = dash;
		argc = 1;
	}
	int status = 0;
	for (int i = 0; i < argc; i++) {
		int fd = open_input(argv[i]);
		if (fd < 0) {
			status = 1;
			continue;
		}
		if (unexpanding)
			unexpand_fd(fd, argv[i], &status);
		else
			expand_fd(fd, argv[i], &status);
		if (fd > 0)
			close(fd);
	}
	return status;
}
