#include <unistd.h>
#include <stdarg.h>

extern char **__environ;

/* Collect the variadic list into an array on the stack, then exec. The envp
 * variant takes one more argument after the terminating null. */
#define COLLECT(argv, arg0, ap, extra) \
	int n = 1; \
	va_list ap; \
	va_start(ap, arg0); \
	while (va_arg(ap, const char *)) n++; \
	va_end(ap); \
	char *argv[n + 1]; \
	argv[0] = (char *)arg0; \
	va_start(ap, arg0); \
	for (int i = 1; i <= n; i++) argv[i] = va_arg(ap, char *); \
	extra; \
	va_end(ap)

int execl(const char *path, const char *arg0, ...)
{
	COLLECT(argv, arg0, ap, (void)0);
	return execve(path, argv, __environ);
}

int execlp(const char *file, const char *arg0, ...)
{
	COLLECT(argv, arg0, ap, (void)0);
	return execvp(file, argv);
}

int execle(const char *path, const char *arg0, ...)
{
	char **envp;
	COLLECT(argv, arg0, ap, envp = va_arg(ap, char **));
	return execve(path, argv, envp);
}
