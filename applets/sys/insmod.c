/* insmod - load a kernel module
 *
 * APPLET(insmod, SBIN)
 * usage: insmod FILE [PARAM=VALUE...]
 *
 * Load the module FILE with the given parameters, through finit_module (init_module
 * when the kernel lacks it). FILE.ko.gz, .ko.xz and .ko.zst are handed to the kernel to
 * decompress (MODULE_INIT_COMPRESSED_FILE, Linux 6.4 and CONFIG_MODULE_DECOMPRESS).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "ring3.h"

#define MODULE_INIT_COMPRESSED_FILE 4

static int compressed(const char *path)
{
	size_t n = strlen(path);
	return (n > 3 && !strcmp(path + n - 3, ".gz")) || (n > 3 && !strcmp(path + n - 3, ".xz")) ||
	       (n > 4 && !strcmp(path + n - 4, ".zst"));
}

/* Shared with modprobe: 0, or -1 with errno set (EEXIST: already loaded). */
int module_insert(const char *path, const char *params)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int flags = compressed(path) ? MODULE_INIT_COMPRESSED_FILE : 0;
	long r = syscall(SYS_finit_module, fd, params, flags);
	if (r && errno == ENOSYS && !flags) {
		struct stat st;
		void *buf = 0;
		if (fstat(fd, &st) == 0 && (buf = malloc(st.st_size ? st.st_size : 1)) &&
		    pread(fd, buf, st.st_size, 0) == st.st_size)
			r = syscall(SYS_init_module, buf, (unsigned long)st.st_size, params);
		else if (!errno)
			errno = EIO;
		free(buf);
	} else if (r && flags && (errno == EINVAL || errno == EOPNOTSUPP)) {
		errno = EOPNOTSUPP;	/* the kernel cannot decompress modules */
	}
	int err = errno;
	close(fd);
	errno = err;
	return r ? -1 : 0;
}

/* PARAM... joined with spaces (values with blanks are quoted). */
char *module_params(int argc, char **argv)
{
	size_t len = 1;
	for (int i = 0; i < argc; i++)
		len += strlen(argv[i]) + 3;
	char *p = xmalloc(len);
	*p = 0;
	for (int i = 0; i < argc; i++) {
		if (i)
			strcat(p, " ");
		char *eq = strchr(argv[i], '=');
		if (eq && strpbrk(eq, " \t") && eq[1] != '"') {
			strncat(p, argv[i], eq + 1 - argv[i]);
			strcat(p, "\"");
			strcat(p, eq + 1);
			strcat(p, "\"");
		} else
			strcat(p, argv[i]);
	}
	return p;
}

int insmod_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "+");
	if (opt_next(&o) != -1)
		return usage();
	argc -= o.ind;
	argv += o.ind;
	if (argc < 1)
		return usage();
	char *params = module_params(argc - 1, argv + 1);
	int r = module_insert(argv[0], params);
	free(params);
	if (r) {
		if (errno == EOPNOTSUPP)
			warn_msg("%s: the kernel cannot load compressed modules", argv[0]);
		else
			warn_errno("%s", argv[0]);
		return 1;
	}
	return 0;
}
