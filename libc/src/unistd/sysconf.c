#include <unistd.h>
#include <limits.h>
#include <errno.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sched.h>
#include "libc.h"
#include "syscall.h"

static long cpus(void)
{
	cpu_set_t set;
	long r = __syscall(SYS_sched_getaffinity, 0, sizeof set, &set);
	if (r <= 0) return 1;
	long n = 0;
	for (long i = 0; i < r / (long)sizeof(long); i++) n += __builtin_popcountl(set.__bits[i]);
	return n ? n : 1;
}

static long pages(int avail)
{
	struct sysinfo si;
	if (sysinfo(&si)) return -1;
	unsigned long mem = avail ? si.freeram + si.bufferram : si.totalram;
	return mem * (si.mem_unit ? si.mem_unit : 1) / __libc.page_size;
}

long sysconf(int name)
{
	struct rlimit rl;
	switch (name) {
	case _SC_ARG_MAX:
		/* Linux allows a quarter of the stack limit for arguments. */
		if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY
			&& rl.rlim_cur / 4 > ARG_MAX)
			return rl.rlim_cur / 4;
		return ARG_MAX;
	case _SC_CHILD_MAX:
		if (getrlimit(RLIMIT_NPROC, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
			return rl.rlim_cur;
		return -1;
	case _SC_OPEN_MAX:
		if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
			return rl.rlim_cur;
		return -1;
	case _SC_CLK_TCK: return 100;
	case _SC_NGROUPS_MAX: return NGROUPS_MAX;
	case _SC_STREAM_MAX: return 16;
	case _SC_TZNAME_MAX: return 6;
	case _SC_JOB_CONTROL:
	case _SC_SAVED_IDS:
	case _SC_VERSION:
	case _SC_2_VERSION:
	case _SC_MONOTONIC_CLOCK:
	case _SC_REALTIME_SIGNALS:
	case _SC_2_C_BIND:
	case _SC_2_CHAR_TERM:
	case _SC_2_UPE:
		return _POSIX_VERSION;
	case _SC_XOPEN_VERSION: return _XOPEN_VERSION;
	case _SC_PAGESIZE: return __libc.page_size;
	case _SC_RTSIG_MAX: return 64 - 34 + 1;
	case _SC_SIGQUEUE_MAX:
		if (getrlimit(RLIMIT_SIGPENDING, &rl) == 0) return rl.rlim_cur;
		return -1;
	case _SC_BC_BASE_MAX: return BC_BASE_MAX;
	case _SC_BC_DIM_MAX: return BC_DIM_MAX;
	case _SC_BC_SCALE_MAX: return BC_SCALE_MAX;
	case _SC_BC_STRING_MAX: return BC_STRING_MAX;
	case _SC_COLL_WEIGHTS_MAX: return COLL_WEIGHTS_MAX;
	case _SC_EXPR_NEST_MAX: return EXPR_NEST_MAX;
	case _SC_LINE_MAX: return LINE_MAX;
	case _SC_RE_DUP_MAX: return RE_DUP_MAX;
	case _SC_IOV_MAX: return IOV_MAX;
	case _SC_GETGR_R_SIZE_MAX:
	case _SC_GETPW_R_SIZE_MAX: return -1;
	case _SC_LOGIN_NAME_MAX: return LOGIN_NAME_MAX;
	case _SC_TTY_NAME_MAX: return TTY_NAME_MAX;
	case _SC_HOST_NAME_MAX: return HOST_NAME_MAX;
	case _SC_SYMLOOP_MAX: return SYMLOOP_MAX;
	case _SC_ATEXIT_MAX: return -1;
	case _SC_THREAD_KEYS_MAX: return PTHREAD_KEYS_MAX;
	case _SC_THREAD_STACK_MIN: return PTHREAD_STACK_MIN;
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN: return cpus();
	case _SC_PHYS_PAGES: return pages(0);
	case _SC_AVPHYS_PAGES: return pages(1);
	case _SC_XBS5_LP64_OFF64:
	case _SC_V6_LP64_OFF64:
	case _SC_V7_LP64_OFF64: return 1;
	/* known, not supported: -1 and errno untouched */
	case _SC_XBS5_ILP32_OFF32: case _SC_XBS5_ILP32_OFFBIG: case _SC_XBS5_LPBIG_OFFBIG:
	case _SC_V6_ILP32_OFF32: case _SC_V6_ILP32_OFFBIG: case _SC_V6_LPBIG_OFFBIG:
	case _SC_V7_ILP32_OFF32: case _SC_V7_ILP32_OFFBIG: case _SC_V7_LPBIG_OFFBIG: return -1;
	case _SC_MINSIGSTKSZ: return 2048;
	case _SC_SIGSTKSZ: return 8192;
	}
	errno = EINVAL;
	return -1;
}

int getpagesize(void)
{
	return __libc.page_size;
}

int getdtablesize(void)
{
	struct rlimit rl;
	getrlimit(RLIMIT_NOFILE, &rl);
	return rl.rlim_cur < INT_MAX ? (int)rl.rlim_cur : INT_MAX;
}

int get_nprocs(void) { return cpus(); }
int get_nprocs_conf(void) { return cpus(); }
long get_phys_pages(void) { return pages(0); }
long get_avphys_pages(void) { return pages(1); }
