/* inproc.c: run one of this binary's applets in a forked child without execve (BusyBox
 * calls it NOEXEC). An execve of the multi-call binary costs a new address space, the
 * ELF mapping, some 35 page faults and the start-up's relocation (copy-on-write of
 * every RELRO page) before the applet runs; a fork of a small process like init copies
 * a few page tables. The child is made to look as execve would have left it where that
 * can be observed: /proc/PID/cmdline, environ and comm, the environment, the program
 * name of libc's messages. The applet's main then runs through the dispatcher, as at
 * start-up, and its status goes to exit.
 *
 * What the caller must guarantee (init does, init/README.md): its own process state is
 * a fresh one's where execve would reset it and the applet could see it: no stdio use,
 * no atexit handlers, no getopt, no setenv, no file descriptors open but 0-2 (execve
 * would close the close-on-exec ones), no alternate signal stack; every signal the
 * caller handles is reset to the default before this is called (execve resets caught
 * signals; init resets the ignored ones too, for the program it starts). What stays
 * the caller's: the address-space layout and the stack canary (execve picks new ones),
 * the auxiliary vector, /proc/PID/exe (the same binary anyway). */
#include <errno.h>
#include <string.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

/* Linux's values (include/uapi/linux/prctl.h), for a libc header without them. */
#ifndef PR_SET_MM
#define PR_SET_MM 35
#endif
#ifndef PR_SET_MM_ARG_START
#define PR_SET_MM_ARG_START 8
#define PR_SET_MM_ARG_END 9
#define PR_SET_MM_ENV_START 10
#define PR_SET_MM_ENV_END 11
#endif

int main(int, char **);

/* The identity of the running binary: /proc/self/exe's device and inode. */
int is_this_binary(const char *path)
{
	static dev_t dev;
	static ino_t ino;
	static int known;
	struct stat st;
	if (!known) {
		if (stat("/proc/self/exe", &st))
			return 0;
		dev = st.st_dev;
		ino = st.st_ino;
		known = 1;
	}
	/* access(X_OK) is what execve would check: execute permission and a mount
	 * without noexec; set-id bits would change the credentials execve gives */
	return stat(path, &st) == 0 && st.st_dev == dev && st.st_ino == ino &&
	       !(st.st_mode & (S_ISUID | S_ISGID)) && access(path, X_OK) == 0;
}

/* Copies the strings of v after the *used bytes of strings and their pointers, with
 * the closing null, after the *nvec of vec; returns -1 when they do not fit. */
static char strings[8192], *vec[256];

static int pack(size_t *used, size_t *nvec, char *const v[])
{
	for (; *v; v++) {
		size_t len = strlen(*v) + 1;
		if (len > sizeof strings - *used || *nvec + 2 > sizeof vec / sizeof vec[0])
			return -1;
		vec[(*nvec)++] = memcpy(strings + *used, *v, len);
		*used += len;
	}
	vec[(*nvec)++] = 0;
	return 0;
}

/* Points the kernel's record of the argument (or environment) strings at [p, p + n).
 * Start and end are checked to stay in order at each step: the new range lies below
 * the old (static data, the old on the stack) so start goes first, and the other
 * order is tried for a range above. */
static int set_range(int start_opt, int end_opt, char *p, size_t n)
{
	unsigned long a = (unsigned long)p, b = (unsigned long)(p + n);
	if (prctl(PR_SET_MM, start_opt, a, 0, 0) == 0)
		return prctl(PR_SET_MM, end_opt, b, 0, 0);
	return prctl(PR_SET_MM, end_opt, b, 0, 0) || prctl(PR_SET_MM, start_opt, a, 0, 0) ? -1 : 0;
}

int run_applet_here(const char *path, char *const argv[], char *const envp[])
{
	/* The new argument and environment strings, which /proc shows, and the vectors
	 * main and environ get: copies in this (forked) process's own static data, as
	 * the program may write to them (C lets it change argv's strings and pointers;
	 * the caller's may be read-only). */
	size_t used = 0, nvec = 0, na;
	if (pack(&used, &nvec, argv))
		return -1;
	na = used;
	char **args = vec, **env = vec + nvec;
	/* PR_SET_MM needs CAP_SYS_RESOURCE: without it /proc would show the caller's
	 * command line, so the caller execs instead */
	if (pack(&used, &nvec, envp) || !na ||
	    set_range(PR_SET_MM_ARG_START, PR_SET_MM_ARG_END, strings, na) ||
	    set_range(PR_SET_MM_ENV_START, PR_SET_MM_ENV_END, strings + na, used - na))
		return -1;
	const char *base = strrchr(path, '/');
	prctl(PR_SET_NAME, (unsigned long)(base ? base + 1 : path), 0, 0, 0);
	environ = env;
	program_invocation_name = args[0];
	base = strrchr(args[0], '/');
	program_invocation_short_name = base ? (char *)base + 1 : args[0];
	exit(main((int)(env - args - 1), args));
}
