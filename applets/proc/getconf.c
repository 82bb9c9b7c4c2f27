/* getconf - get configuration values
 *
 * APPLET(getconf, USR_BIN)
 * usage: getconf [-v SPEC] NAME [PATHNAME] | -a [PATHNAME]
 *
 * Print the value of the configuration variable NAME: a sysconf() limit or option
 * (ARG_MAX, OPEN_MAX, PAGESIZE, _NPROCESSORS_ONLN, _POSIX_VERSION ...), a confstr()
 * string (PATH, POSIX_V7_LP64_OFF64_CFLAGS ...), a constant of <limits.h> (LONG_BIT,
 * INT_MAX, the _POSIX_* minimum values) or of <unistd.h> (_POSIX_THREADS ...), or,
 * with PATHNAME, a pathconf() value of that file (NAME_MAX, PATH_MAX, PIPE_BUF, LINK_MAX ...). A value the
 * system leaves unlimited or unsupported prints as "undefined".
 *
 * -a  every variable, "NAME   value" a line (path variables for PATHNAME, default /)
 * -v SPEC  the programming environment to ask about: POSIX_V7_LP64_OFF64 ... (the
 *     POSIX_V7_, POSIX_V6_ and XBS5_ ILP32_OFF32, ILP32_OFFBIG, LP64_OFF64,
 *     LPBIG_OFFBIG); one the system does not support is an error
 *
 * The environment names themselves (_POSIX_V7_LP64_OFF64 or POSIX_V7_LP64_OFF64 ...)
 * print 1 when the environment is supported; ENV_CFLAGS, ENV_LDFLAGS, ENV_LIBS,
 * ENV_LINTFLAGS and POSIX_V7_WIDTH_RESTRICTED_ENVS (V6, XBS5) are confstr() strings.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

enum { K_SC, K_PC, K_CS, K_NUM, K_UNUM, K_OPT };

struct var {
	const char *name;
	int kind;
	long long v;		/* _SC_, _PC_, _CS_ name or the constant */
	const char *opt;	/* K_OPT: the <unistd.h> macro's text */
};

#define SC(n, sc) { n, K_SC, sc, 0 }
#define PC(n, pc) { n, K_PC, pc, 0 }
#define NUM(n, v) { n, K_NUM, v, 0 }
#define CS(n, cs) { n, K_CS, cs, 0 }
/* An environment PRE_ENV (sysconf _SC_SCP_ENV) and its four confstr flags. */
#define ENV(PRE, SCP, E) SC("_" #PRE "_" #E, _SC_##SCP##_##E), SC(#PRE "_" #E, _SC_##SCP##_##E), \
	CS(#PRE "_" #E "_CFLAGS", _CS_##PRE##_##E##_CFLAGS), \
	CS(#PRE "_" #E "_LDFLAGS", _CS_##PRE##_##E##_LDFLAGS), \
	CS(#PRE "_" #E "_LIBS", _CS_##PRE##_##E##_LIBS), \
	CS(#PRE "_" #E "_LINTFLAGS", _CS_##PRE##_##E##_LINTFLAGS)
#define ENVS(PRE, SCP) ENV(PRE, SCP, ILP32_OFF32), ENV(PRE, SCP, ILP32_OFFBIG), \
	ENV(PRE, SCP, LP64_OFF64), ENV(PRE, SCP, LPBIG_OFFBIG)
#define STR_(x) #x
#define STR(x) STR_(x)
/* An option macro of <unistd.h>, stringified: its value when the libc defines it,
 * its own name when it does not. */
#define OPT(n) { #n, K_OPT, 0, STR(n) }

static const struct var vars[] = {
	/* pathconf() */
	PC("LINK_MAX", _PC_LINK_MAX), PC("MAX_CANON", _PC_MAX_CANON),
	PC("MAX_INPUT", _PC_MAX_INPUT), PC("NAME_MAX", _PC_NAME_MAX),
	PC("PATH_MAX", _PC_PATH_MAX), PC("PIPE_BUF", _PC_PIPE_BUF),
	PC("SOCK_MAXBUF", _PC_SOCK_MAXBUF), PC("_POSIX_ASYNC_IO", _PC_ASYNC_IO),
	PC("_POSIX_CHOWN_RESTRICTED", _PC_CHOWN_RESTRICTED),
	PC("_POSIX_NO_TRUNC", _PC_NO_TRUNC), PC("_POSIX_PRIO_IO", _PC_PRIO_IO),
	PC("_POSIX_SYNC_IO", _PC_SYNC_IO), PC("_POSIX_VDISABLE", _PC_VDISABLE),
	PC("FILESIZEBITS", _PC_FILESIZEBITS),
	PC("POSIX_ALLOC_SIZE_MIN", _PC_ALLOC_SIZE_MIN),
	PC("POSIX_REC_INCR_XFER_SIZE", _PC_REC_INCR_XFER_SIZE),
	PC("POSIX_REC_MAX_XFER_SIZE", _PC_REC_MAX_XFER_SIZE),
	PC("POSIX_REC_MIN_XFER_SIZE", _PC_REC_MIN_XFER_SIZE),
	PC("POSIX_REC_XFER_ALIGN", _PC_REC_XFER_ALIGN),
	PC("SYMLINK_MAX", _PC_SYMLINK_MAX), PC("POSIX2_SYMLINKS", _PC_2_SYMLINKS),

	/* sysconf() */
	SC("ARG_MAX", _SC_ARG_MAX), SC("ATEXIT_MAX", _SC_ATEXIT_MAX),
	SC("CHILD_MAX", _SC_CHILD_MAX), SC("CLK_TCK", _SC_CLK_TCK),
	SC("HOST_NAME_MAX", _SC_HOST_NAME_MAX), SC("IOV_MAX", _SC_IOV_MAX),
	SC("LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX), SC("NGROUPS_MAX", _SC_NGROUPS_MAX),
	SC("GETGR_R_SIZE_MAX", _SC_GETGR_R_SIZE_MAX),
	SC("GETPW_R_SIZE_MAX", _SC_GETPW_R_SIZE_MAX),
	SC("OPEN_MAX", _SC_OPEN_MAX), SC("PAGESIZE", _SC_PAGESIZE),
	SC("PAGE_SIZE", _SC_PAGESIZE), SC("PASS_MAX", _SC_PASS_MAX),
	SC("PTHREAD_KEYS_MAX", _SC_THREAD_KEYS_MAX),
	SC("PTHREAD_STACK_MIN", _SC_THREAD_STACK_MIN),
	SC("PTHREAD_THREADS_MAX", _SC_THREAD_THREADS_MAX),
	SC("RTSIG_MAX", _SC_RTSIG_MAX), SC("SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX),
	SC("SEM_VALUE_MAX", _SC_SEM_VALUE_MAX), SC("SIGQUEUE_MAX", _SC_SIGQUEUE_MAX),
	SC("STREAM_MAX", _SC_STREAM_MAX), SC("SYMLOOP_MAX", _SC_SYMLOOP_MAX),
	SC("TIMER_MAX", _SC_TIMER_MAX), SC("TTY_NAME_MAX", _SC_TTY_NAME_MAX),
	SC("TZNAME_MAX", _SC_TZNAME_MAX),
	SC("_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF),
	SC("_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN),
	SC("_PHYS_PAGES", _SC_PHYS_PAGES), SC("_AVPHYS_PAGES", _SC_AVPHYS_PAGES),
	SC("_POSIX_JOB_CONTROL", _SC_JOB_CONTROL), SC("_POSIX_SAVED_IDS", _SC_SAVED_IDS),
	SC("_POSIX_REALTIME_SIGNALS", _SC_REALTIME_SIGNALS),
	SC("_POSIX_MONOTONIC_CLOCK", _SC_MONOTONIC_CLOCK),
	SC("_POSIX_VERSION", _SC_VERSION), SC("_XOPEN_VERSION", _SC_XOPEN_VERSION),
	SC("BC_BASE_MAX", _SC_BC_BASE_MAX), SC("BC_DIM_MAX", _SC_BC_DIM_MAX),
	SC("BC_SCALE_MAX", _SC_BC_SCALE_MAX), SC("BC_STRING_MAX", _SC_BC_STRING_MAX),
	SC("COLL_WEIGHTS_MAX", _SC_COLL_WEIGHTS_MAX),
	SC("EXPR_NEST_MAX", _SC_EXPR_NEST_MAX), SC("LINE_MAX", _SC_LINE_MAX),
	SC("RE_DUP_MAX", _SC_RE_DUP_MAX),
	SC("POSIX2_BC_BASE_MAX", _SC_BC_BASE_MAX), SC("POSIX2_BC_DIM_MAX", _SC_BC_DIM_MAX),
	SC("POSIX2_BC_SCALE_MAX", _SC_BC_SCALE_MAX),
	SC("POSIX2_BC_STRING_MAX", _SC_BC_STRING_MAX),
	SC("POSIX2_COLL_WEIGHTS_MAX", _SC_COLL_WEIGHTS_MAX),
	SC("POSIX2_EXPR_NEST_MAX", _SC_EXPR_NEST_MAX),
	SC("POSIX2_LINE_MAX", _SC_LINE_MAX), SC("POSIX2_RE_DUP_MAX", _SC_RE_DUP_MAX),
	SC("POSIX2_VERSION", _SC_2_VERSION), SC("POSIX2_C_VERSION", _SC_2_VERSION),
	SC("POSIX2_C_BIND", _SC_2_C_BIND), SC("POSIX2_C_DEV", _SC_2_C_DEV),
	SC("POSIX2_CHAR_TERM", _SC_2_CHAR_TERM), SC("POSIX2_FORT_DEV", _SC_2_FORT_DEV),
	SC("POSIX2_FORT_RUN", _SC_2_FORT_RUN), SC("POSIX2_LOCALEDEF", _SC_2_LOCALEDEF),
	SC("POSIX2_SW_DEV", _SC_2_SW_DEV), SC("POSIX2_UPE", _SC_2_UPE),

	/* confstr() */
	{ "PATH", K_CS, _CS_PATH, 0 }, { "CS_PATH", K_CS, _CS_PATH, 0 },

	/* the programming environments: supported (1) or not (undefined), with and
	 * without the leading underscore, and the compiler flags for each */
	CS("_XBS5_WIDTH_RESTRICTED_ENVS", _CS_V5_WIDTH_RESTRICTED_ENVS),
	CS("XBS5_WIDTH_RESTRICTED_ENVS", _CS_V5_WIDTH_RESTRICTED_ENVS),
	ENVS(XBS5, XBS5),
	CS("_POSIX_V6_WIDTH_RESTRICTED_ENVS", _CS_V6_WIDTH_RESTRICTED_ENVS),
	CS("POSIX_V6_WIDTH_RESTRICTED_ENVS", _CS_V6_WIDTH_RESTRICTED_ENVS),
	ENVS(POSIX_V6, V6),
	CS("_POSIX_V7_WIDTH_RESTRICTED_ENVS", _CS_V7_WIDTH_RESTRICTED_ENVS),
	CS("POSIX_V7_WIDTH_RESTRICTED_ENVS", _CS_V7_WIDTH_RESTRICTED_ENVS),
	ENVS(POSIX_V7, V7),

	/* <limits.h>: the numerical limits of this machine */
	NUM("CHAR_BIT", CHAR_BIT), NUM("CHAR_MAX", CHAR_MAX), NUM("CHAR_MIN", CHAR_MIN),
	NUM("INT_MAX", INT_MAX), NUM("INT_MIN", INT_MIN),
	NUM("LLONG_MAX", LLONG_MAX), NUM("LLONG_MIN", LLONG_MIN),
	NUM("LONG_BIT", (long long)(sizeof(long) * CHAR_BIT)),
	NUM("LONG_MAX", LONG_MAX), NUM("LONG_MIN", LONG_MIN),
	NUM("MB_LEN_MAX", MB_LEN_MAX), NUM("NZERO", NZERO),
	NUM("SCHAR_MAX", SCHAR_MAX), NUM("SCHAR_MIN", SCHAR_MIN),
	NUM("SHRT_MAX", SHRT_MAX), NUM("SHRT_MIN", SHRT_MIN),
	NUM("SSIZE_MAX", SSIZE_MAX), NUM("UCHAR_MAX", UCHAR_MAX),
	NUM("UINT_MAX", UINT_MAX), { "ULONG_MAX", K_UNUM, 0, 0 },
	{ "ULLONG_MAX", K_UNUM, 0, 0 }, NUM("USHRT_MAX", USHRT_MAX),
	NUM("WORD_BIT", (long long)(sizeof(int) * CHAR_BIT)),
	NUM("CHARCLASS_NAME_MAX", CHARCLASS_NAME_MAX),
	NUM("NL_ARGMAX", NL_ARGMAX), NUM("NL_LANGMAX", NL_LANGMAX),
	NUM("NL_MSGMAX", NL_MSGMAX), NUM("NL_SETMAX", NL_SETMAX),
	NUM("NL_TEXTMAX", NL_TEXTMAX),

	/* <limits.h>: the minimum values POSIX.1-2017 sets for every system */
	NUM("_POSIX_AIO_LISTIO_MAX", 2), NUM("_POSIX_AIO_MAX", 1),
	NUM("_POSIX_ARG_MAX", 4096), NUM("_POSIX_CHILD_MAX", 25),
	NUM("_POSIX_CLOCKRES_MIN", 20000000), NUM("_POSIX_DELAYTIMER_MAX", 32),
	NUM("_POSIX_HOST_NAME_MAX", 255), NUM("_POSIX_LINK_MAX", 8),
	NUM("_POSIX_LOGIN_NAME_MAX", 9), NUM("_POSIX_MAX_CANON", 255),
	NUM("_POSIX_MAX_INPUT", 255), NUM("_POSIX_MQ_OPEN_MAX", 8),
	NUM("_POSIX_MQ_PRIO_MAX", 32), NUM("_POSIX_NAME_MAX", 14),
	NUM("_POSIX_NGROUPS_MAX", 8), NUM("_POSIX_OPEN_MAX", 20),
	NUM("_POSIX_PATH_MAX", 256), NUM("_POSIX_PIPE_BUF", 512),
	NUM("_POSIX_RE_DUP_MAX", 255), NUM("_POSIX_RTSIG_MAX", 8),
	NUM("_POSIX_SEM_NSEMS_MAX", 256), NUM("_POSIX_SEM_VALUE_MAX", 32767),
	NUM("_POSIX_SIGQUEUE_MAX", 32), NUM("_POSIX_SSIZE_MAX", 32767),
	NUM("_POSIX_SS_REPL_MAX", 4), NUM("_POSIX_STREAM_MAX", 8),
	NUM("_POSIX_SYMLINK_MAX", 255), NUM("_POSIX_SYMLOOP_MAX", 8),
	NUM("_POSIX_THREAD_DESTRUCTOR_ITERATIONS", 4),
	NUM("_POSIX_THREAD_KEYS_MAX", 128), NUM("_POSIX_THREAD_THREADS_MAX", 64),
	NUM("_POSIX_TIMER_MAX", 32), NUM("_POSIX_TRACE_EVENT_NAME_MAX", 30),
	NUM("_POSIX_TRACE_NAME_MAX", 8), NUM("_POSIX_TRACE_SYS_MAX", 8),
	NUM("_POSIX_TRACE_USER_EVENT_MAX", 32), NUM("_POSIX_TTY_NAME_MAX", 9),
	NUM("_POSIX_TZNAME_MAX", 6), NUM("_POSIX2_BC_BASE_MAX", 99),
	NUM("_POSIX2_BC_DIM_MAX", 2048), NUM("_POSIX2_BC_SCALE_MAX", 99),
	NUM("_POSIX2_BC_STRING_MAX", 1000), NUM("_POSIX2_CHARCLASS_NAME_MAX", 14),
	NUM("_POSIX2_COLL_WEIGHTS_MAX", 2), NUM("_POSIX2_EXPR_NEST_MAX", 32),
	NUM("_POSIX2_LINE_MAX", 2048), NUM("_POSIX2_RE_DUP_MAX", 255),
	NUM("_XOPEN_IOV_MAX", 16), NUM("_XOPEN_NAME_MAX", 255),
	NUM("_XOPEN_PATH_MAX", 1024),

	/* <unistd.h>: options the C library announces at compile time */
	OPT(_POSIX_ADVISORY_INFO), OPT(_POSIX_ASYNCHRONOUS_IO), OPT(_POSIX_BARRIERS),
	OPT(_POSIX_CLOCK_SELECTION), OPT(_POSIX_CPUTIME), OPT(_POSIX_FSYNC),
	OPT(_POSIX_IPV6), OPT(_POSIX_MAPPED_FILES), OPT(_POSIX_MEMLOCK),
	OPT(_POSIX_MEMLOCK_RANGE), OPT(_POSIX_MEMORY_PROTECTION),
	OPT(_POSIX_MESSAGE_PASSING), OPT(_POSIX_PRIORITIZED_IO),
	OPT(_POSIX_PRIORITY_SCHEDULING), OPT(_POSIX_RAW_SOCKETS),
	OPT(_POSIX_READER_WRITER_LOCKS), OPT(_POSIX_REGEXP), OPT(_POSIX_SEMAPHORES),
	OPT(_POSIX_SHARED_MEMORY_OBJECTS), OPT(_POSIX_SHELL), OPT(_POSIX_SPAWN),
	OPT(_POSIX_SPIN_LOCKS), OPT(_POSIX_SPORADIC_SERVER),
	OPT(_POSIX_SYNCHRONIZED_IO), OPT(_POSIX_THREAD_ATTR_STACKADDR),
	OPT(_POSIX_THREAD_ATTR_STACKSIZE), OPT(_POSIX_THREAD_CPUTIME),
	OPT(_POSIX_THREAD_PRIO_INHERIT), OPT(_POSIX_THREAD_PRIO_PROTECT),
	OPT(_POSIX_THREAD_PRIORITY_SCHEDULING), OPT(_POSIX_THREAD_PROCESS_SHARED),
	OPT(_POSIX_THREAD_ROBUST_PRIO_INHERIT), OPT(_POSIX_THREAD_ROBUST_PRIO_PROTECT),
	OPT(_POSIX_THREAD_SAFE_FUNCTIONS), OPT(_POSIX_THREAD_SPORADIC_SERVER),
	OPT(_POSIX_THREADS), OPT(_POSIX_TIMEOUTS), OPT(_POSIX_TIMERS), OPT(_POSIX_TRACE),
	OPT(_POSIX_TRACE_EVENT_FILTER), OPT(_POSIX_TRACE_INHERIT), OPT(_POSIX_TRACE_LOG),
	OPT(_POSIX_TYPED_MEMORY_OBJECTS), OPT(_POSIX2_PBS), OPT(_XOPEN_CRYPT),
	OPT(_XOPEN_ENH_I18N), OPT(_XOPEN_REALTIME), OPT(_XOPEN_REALTIME_THREADS),
	OPT(_XOPEN_SHM), OPT(_XOPEN_STREAMS), OPT(_XOPEN_UNIX), OPT(_XOPEN_UUCP),
};
#define NVARS (sizeof vars / sizeof *vars)

static const struct var *lookup(const char *name)
{
	for (size_t i = 0; i < NVARS; i++)
		if (!strcmp(vars[i].name, name))
			return &vars[i];
	return 0;
}

/* The value as text in buf, or NULL for "undefined"; -1 and a warning on an error
 * about path (pathconf). */
static const char *value(const struct var *v, const char *path, char *buf, size_t len, int *err)
{
	long r;
	*err = 0;
	switch (v->kind) {
	case K_SC:
		r = sysconf((int)v->v);
		if (r == -1)
			return 0;
		snprintf(buf, len, "%ld", r);
		return buf;
	case K_PC:
		errno = 0;
		r = pathconf(path, (int)v->v);
		if (r == -1) {
			if (errno && errno != EINVAL) {
				warn_errno("%s", path);
				*err = 1;
			}
			return 0;
		}
		snprintf(buf, len, "%ld", r);
		return buf;
	case K_CS: {
		size_t n = confstr((int)v->v, 0, 0);
		if (!n)
			return 0;
		char *s = xmalloc(n);
		confstr((int)v->v, s, n);
		snprintf(buf, len, "%s", s);
		free(s);
		return buf;
	}
	case K_NUM:
		snprintf(buf, len, "%lld", v->v);
		return buf;
	case K_UNUM:
		snprintf(buf, len, "%llu", !strcmp(v->name, "ULONG_MAX") ?
			 (unsigned long long)ULONG_MAX : (unsigned long long)ULLONG_MAX);
		return buf;
	default: {
		/* an undefined macro stringifies to its own name; a value may carry
		 * parentheses and a suffix: (-1), 200809L */
		const char *s = v->opt;
		while (*s == '(' || *s == ' ')
			s++;
		if (*s != '-' && (*s < '0' || *s > '9'))
			return 0;
		long long n = strtoll(s, 0, 0);
		snprintf(buf, len, "%lld", n);
		return buf;
	}
	}
}

int getconf_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "+av:");
	int c, all = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'a': all = 1; break;
		case 'v': {
			/* an environment name (the sysconf entries without the underscore);
			 * the values are those of the one supported, so only check it is */
			const struct var *v = lookup(o.arg);
			if (!v || v->kind != K_SC ||
			    (strncmp(o.arg, "POSIX_V", 7) && strncmp(o.arg, "XBS5_", 5))) {
				warn_msg("%s: unknown specification", o.arg);
				return 1;
			}
			if (sysconf((int)v->v) <= 0) {
				warn_msg("%s: unsupported specification", o.arg);
				return 1;
			}
			break;
		}
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	char buf[256];
	int err;
	if (all) {
		if (argc > 1) {
			warn_msg("extra operand '%s'", argv[1]);
			return usage();
		}
		const char *path = argc ? argv[0] : "/";
		struct stat st;
		if (stat(path, &st)) {
			warn_errno("%s", path);
			return 1;
		}
		for (size_t i = 0; i < NVARS; i++) {
			const char *s = value(&vars[i], path, buf, sizeof buf, &err);
			printf("%-34s %s\n", vars[i].name, s ? s : "");
		}
		return 0;
	}
	if (!argc) {
		warn_msg("missing operand");
		return usage();
	}
	if (argc > 2) {
		warn_msg("extra operand '%s'", argv[2]);
		return usage();
	}
	const struct var *v = lookup(argv[0]);
	if (!v) {
		warn_msg("unrecognized variable '%s'", argv[0]);
		return 2;
	}
	if (v->kind == K_PC && argc != 2) {
		warn_msg("%s needs a PATHNAME operand", argv[0]);
		return usage();
	}
	if (v->kind != K_PC && argc == 2) {
		warn_msg("%s takes no PATHNAME operand", argv[0]);
		return usage();
	}
	if (v->kind == K_PC) {
		/* the libc may not look at the file; a missing one is still an error */
		struct stat st;
		if (stat(argv[1], &st)) {
			warn_errno("%s", argv[1]);
			return 1;
		}
	}
	const char *s = value(v, argc == 2 ? argv[1] : 0, buf, sizeof buf, &err);
	if (err)
		return 1;
	puts(s ? s : "undefined");
	return 0;
}
