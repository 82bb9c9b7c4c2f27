/* env - run a program in a modified environment
 *
 * APPLET(env, USR_BIN)
 * usage: env [-i0] [-u NAME]... [-C DIR] [-S STRING] [NAME=VALUE]... [COMMAND [ARG]...]
 *
 * Set each NAME to VALUE in the environment and run COMMAND, or print the resulting
 * environment when there is no COMMAND. Status 127 if COMMAND is not found, 126 if it
 * cannot be run, 125 for env's own errors; otherwise COMMAND's status.
 *
 * -i, -    start with an empty environment (--ignore-environment)
 * -u NAME  remove NAME from the environment (--unset)
 * -0       end each printed variable with NUL, not newline (--null)
 * -C DIR   change the working directory to DIR first (--chdir)
 * -S STR   split STR into words ('' "" \ quoting) and put them before the
 *          operands, for #!/usr/bin/env -S cmd args (--split-string)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

extern char **environ;

/* -S: split s into words at blanks, with '...', "..." and \ quoting (\t \n \_ as
 * in GNU), then append the n operands rest. Returns the new argv, count in *out. */
static char **split_words(const char *s, int n, char **rest, int *out)
{
	size_t cap = strlen(s) + 1;
	char *buf = xmalloc(cap * 2), *d = buf;
	char **words = xmalloc((cap + n + 1) * sizeof *words);
	int count = 0;
	const char *p = s;
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		if (!*p || *p == '#')
			break;
		words[count++] = d;
		int q = 0;
		for (; *p; p++) {
			if (!q && (*p == ' ' || *p == '\t' || *p == '\n'))
				break;
			if (*p == '\'' && q != '"') {
				q = q ? 0 : '\'';
				continue;
			}
			if (*p == '"' && q != '\'') {
				q = q ? 0 : '"';
				continue;
			}
			if (*p == '\\' && q != '\'' && p[1]) {
				p++;
				*d++ = *p == 't' ? '\t' : *p == 'n' ? '\n' : *p == '_' ? ' ' : *p;
				continue;
			}
			*d++ = *p;
		}
		if (q) {
			warn_msg("no terminating quote in -S string");
			return 0;
		}
		*d++ = 0;
	}
	for (int i = 0; i < n; i++)
		words[count++] = rest[i];
	words[count] = 0;
	*out = count;
	return words;
}

int env_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "+i(ignore-environment)u(unset):0(null)C(chdir):S(split-string):");
	int c, nul = 0, clear = 0;
	const char *dir = 0, *split = 0;
	const char **unset = xmalloc(argc * sizeof *unset);
	int nunset = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'i': clear = 1; break;
		case 'u': unset[nunset++] = o.arg; break;
		case '0': nul = 1; break;
		case 'C': dir = o.arg; break;
		case 'S': split = o.arg; break;
		default: usage(); return 125;
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (split) {
		char **words = split_words(split, argc, argv, &argc);
		if (!words)
			return 125;
		argv = words;
	}
	if (argc && !strcmp(argv[0], "-")) {
		clear = 1;
		argc--;
		argv++;
	}
	if (clear) {
		static char *empty[] = { 0 };
		environ = empty;
	}
	for (int i = 0; i < nunset; i++) {
		if (!*unset[i] || strchr(unset[i], '=')) {
			errno = EINVAL;
			warn_errno("cannot unset '%s'", unset[i]);
			return 125;
		}
		unsetenv(unset[i]);
	}
	for (; argc && strchr(argv[0], '='); argc--, argv++) {
		if (argv[0][0] == '=') {
			errno = EINVAL;
			warn_errno("cannot set '%s'", argv[0]);
			return 125;
		}
		if (putenv(argv[0])) {
			warn_errno("cannot set '%s'", argv[0]);
			return 125;
		}
	}
	if (!argc) {
		if (dir) {
			warn_msg("must specify command with --chdir (-C)");
			return 125;
		}
		for (char **e = environ; e && *e; e++) {
			fputs(*e, stdout);
			putchar(nul ? 0 : '\n');
		}
		return 0;
	}
	if (nul) {
		warn_msg("cannot specify --null (-0) with command");
		return 125;
	}
	if (dir && chdir(dir)) {
		warn_errno("cannot change directory to '%s'", dir);
		return 125;
	}
	fflush(stdout);
	execvp(argv[0], argv);
	int err = errno;
	warn_errno("'%s'", argv[0]);
	return err == ENOENT ? 127 : 126;
}
