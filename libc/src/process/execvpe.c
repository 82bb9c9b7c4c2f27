#include <unistd.h>
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>

extern char **__environ;

/* A file the kernel cannot run (no #! line, no ELF) is a shell script by POSIX:
 * run it with /bin/sh, passing argv[0] through as $0's spot. */
static int exec_script(const char *path, char *const argv[], char *const envp[])
{
	size_t n = 0;
	while (argv[n]) n++;
	char **v = malloc((n + 3) * sizeof *v);
	if (!v) return -1;
	v[0] = argv[0] ? argv[0] : "sh";
	v[1] = (char *)path;
	for (size_t i = 1; i <= n; i++) v[i + 1] = argv[i];
	if (!n) v[2] = 0;
	execve("/bin/sh", v, envp);
	free(v);
	return -1;
}

static int try_exec(const char *path, char *const argv[], char *const envp[])
{
	execve(path, argv, envp);
	if (errno == ENOEXEC) {
		exec_script(path, argv, envp);
		errno = ENOEXEC;
	}
	return -1;
}

int execvpe(const char *file, char *const argv[], char *const envp[])
{
	if (!*file) {
		errno = ENOENT;
		return -1;
	}
	if (strchr(file, '/')) return try_exec(file, argv, envp);

	const char *path = getenv("PATH");
	if (!path) path = "/usr/local/bin:/bin:/usr/bin";
	size_t flen = strnlen(file, NAME_MAX + 1);
	if (flen > NAME_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	char buf[PATH_MAX];
	int seen_eacces = 0;
	for (const char *p = path; ; ) {
		const char *end = strchrnul(p, ':');
		size_t dlen = end - p;
		/* An empty element means the current directory. */
		if (dlen + flen + 2 <= sizeof buf) {
			memcpy(buf, p, dlen);
			buf[dlen] = '/';
			memcpy(buf + dlen + !!dlen, file, flen + 1);
			try_exec(buf, argv, envp);
			switch (errno) {
			case EACCES:
				seen_eacces = 1;
				/* fall through */
			case ENOENT:
			case ENOTDIR:
			case ELOOP:
			case ENAMETOOLONG:
			case ENODEV:
			case ETIMEDOUT:
			case ESTALE:
				break;
			default:
				return -1;
			}
		}
		if (!*end) break;
		p = end + 1;
	}
	if (seen_eacces) errno = EACCES;
	return -1;
}

int execvp(const char *file, char *const argv[])
{
	return execvpe(file, argv, __environ);
}
