/* confstr and sysconf: the programming environments (POSIX_V7_LP64_OFF64 ...), the
 * same answers against ring3's libc and glibc on an LP64 machine. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static int is(int name, const char *want)
{
	char buf[64];
	size_t n = confstr(name, buf, sizeof buf);
	return n == strlen(want) + 1 && !strcmp(buf, want);
}

int main(void)
{
	char buf[8];
	CHECK(confstr(_CS_PATH, 0, 0) == sizeof "/bin:/usr/bin");
	CHECK(confstr(_CS_PATH, buf, sizeof buf) == sizeof "/bin:/usr/bin" &&
	      !strcmp(buf, "/bin:/u"));	/* cut to the buffer, still terminated */
	CHECK(is(_CS_POSIX_V7_WIDTH_RESTRICTED_ENVS, "POSIX_V7_LP64_OFF64"));
	CHECK(is(_CS_POSIX_V6_WIDTH_RESTRICTED_ENVS, "POSIX_V6_LP64_OFF64"));
	CHECK(is(_CS_V5_WIDTH_RESTRICTED_ENVS, "XBS5_LP64_OFF64"));
#ifdef __x86_64__
	CHECK(is(_CS_POSIX_V7_LP64_OFF64_CFLAGS, "-m64"));
	CHECK(is(_CS_POSIX_V7_LP64_OFF64_LDFLAGS, "-m64"));
	CHECK(is(_CS_POSIX_V6_LP64_OFF64_CFLAGS, "-m64"));
	CHECK(is(_CS_XBS5_LP64_OFF64_LDFLAGS, "-m64"));
#endif
	CHECK(is(_CS_POSIX_V7_LP64_OFF64_LIBS, ""));
	CHECK(is(_CS_POSIX_V7_LP64_OFF64_LINTFLAGS, ""));
	CHECK(is(_CS_POSIX_V7_ILP32_OFF32_CFLAGS, ""));
	CHECK(is(_CS_XBS5_LPBIG_OFFBIG_LINTFLAGS, ""));
	errno = 0;
	CHECK(confstr(-1, buf, sizeof buf) == 0 && errno == EINVAL);
	CHECK(sysconf(_SC_V7_LP64_OFF64) == 1);
	CHECK(sysconf(_SC_V6_LP64_OFF64) == 1);
	CHECK(sysconf(_SC_XBS5_LP64_OFF64) == 1);
	/* a known option that is not supported: -1, errno untouched */
	errno = 0;
	CHECK(sysconf(_SC_V7_ILP32_OFF32) == -1 && errno == 0);
	CHECK(sysconf(_SC_V7_LPBIG_OFFBIG) == -1 && errno == 0);
	CHECK(sysconf(_SC_V6_ILP32_OFFBIG) == -1 && errno == 0);
	CHECK(_POSIX_V7_LP64_OFF64 > 0);
	return fails != 0;
}
