#include <unistd.h>
#include <string.h>
#include <errno.h>

/* The flags of the programming environments (_CS_XBS5_* to _CS_POSIX_V7_*): only
 * LP64_OFF64 is supported; the compiler needs -m64 for it where it also knows -m32. */
static const char *env_flags(int name)
{
#ifdef __x86_64__
	int env = (name - _CS_XBS5_ILP32_OFF32_CFLAGS) % 16 / 4, flag = name % 4;
	if (env == 2 && flag < 2)	/* LP64_OFF64: CFLAGS, LDFLAGS */
		return "-m64";
#else
	(void)name;
#endif
	return "";
}

size_t confstr(int name, char *buf, size_t len)
{
	const char *s;
	if (name == _CS_PATH)
		s = "/bin:/usr/bin";
	else if (name == _CS_V5_WIDTH_RESTRICTED_ENVS)
		s = "XBS5_LP64_OFF64";
	else if (name == _CS_V6_WIDTH_RESTRICTED_ENVS)
		s = "POSIX_V6_LP64_OFF64";
	else if (name == _CS_V7_WIDTH_RESTRICTED_ENVS)
		s = "POSIX_V7_LP64_OFF64";
	else if (name >= _CS_XBS5_ILP32_OFF32_CFLAGS && name <= _CS_POSIX_V7_LPBIG_OFFBIG_LINTFLAGS)
		s = env_flags(name);
	else {
		errno = EINVAL;
		return 0;
	}
	size_t n = strlen(s) + 1;
	if (len) {
		size_t c = n < len ? n : len;
		memcpy(buf, s, c - 1);
		buf[c - 1] = 0;
	}
	return n;
}
