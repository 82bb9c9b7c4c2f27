/* mknod - make special files
 *
 * APPLET(mknod, BIN)
 * usage: mknod [-m MODE] NAME TYPE [MAJOR MINOR]
 *
 * Make NAME a special file of TYPE: b (block device), c or u (character device),
 * each with MAJOR and MINOR numbers, or p (named pipe).
 *
 * -m MODE  set the mode (octal or symbolic, as in chmod) instead of a=rw - umask
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "ring3.h"
#include "fs.h"

static int number(const char *s, unsigned long long *v)
{
	char *end;
	errno = 0;
	*v = strtoull(s, &end, 0);
	return errno || !*s || *end || *s == '-' || *v > 0xffffffffull ? -1 : 0;
}

int mknod_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "m(mode):");
	int c;
	const char *mode_arg = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'm': mode_arg = o.arg; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc < 2) {
		warn_msg(argc ? "missing operand after '%s'" : "missing operand", argc ? argv[0] : "");
		return usage();
	}
	const char *t = argv[1];
	mode_t type;
	if (!strcmp(t, "b"))
		type = S_IFBLK;
	else if (!strcmp(t, "c") || !strcmp(t, "u"))
		type = S_IFCHR;
	else if (!strcmp(t, "p"))
		type = S_IFIFO;
	else {
		warn_msg("invalid device type '%s'", t);
		return usage();
	}
	int need = type == S_IFIFO ? 2 : 4;
	if (argc != need) {
		if (argc > need)
			warn_msg("extra operand '%s'", argv[need]);
		else
			warn_msg("missing operand after '%s'", argv[argc - 1]);
		if (type == S_IFIFO && argc > need)
			warn_msg("fifos do not have major and minor device numbers");
		return usage();
	}
	dev_t dev = 0;
	if (type != S_IFIFO) {
		unsigned long long ma, mi;
		if (number(argv[2], &ma)) {
			warn_msg("invalid major device number '%s'", argv[2]);
			return 1;
		}
		if (number(argv[3], &mi)) {
			warn_msg("invalid minor device number '%s'", argv[3]);
			return 1;
		}
		dev = fs_makedev(ma, mi);
	}
	mode_t mask = umask(0);
	umask(mask);
	mode_t mode = 0666 & ~mask;
	if (mode_arg && mode_parse(mode_arg, 0666, 0, mask, &mode)) {
		warn_msg("invalid mode '%s'", mode_arg);
		return 1;
	}
	if (mknod(argv[0], type | (mode & 07777), dev)) {
		warn_errno("%s", argv[0]);
		return 1;
	}
	if (mode_arg && chmod(argv[0], mode & 07777)) {
		warn_errno("cannot set permissions of '%s'", argv[0]);
		return 1;
	}
	return 0;
}
