/* mkfifo - make named pipes
 *
 * APPLET(mkfifo, USR_BIN)
 * usage: mkfifo [-m MODE] NAME...
 *
 * Create a FIFO for each NAME, with mode 0666 less the umask.
 *
 * -m, --mode=MODE  set the mode (octal or symbolic, as chmod) regardless of the umask
 */
#include <errno.h>
#include <sys/stat.h>
#include "ring3.h"

int mkfifo_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "m(mode):");
	const char *mode_arg = 0;
	int c, status = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'm': mode_arg = o.arg; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	mode_t mode = 0666;
	if (mode_arg && mode_parse(mode_arg, 0666, 0, 0, &mode)) {
		warn_msg("invalid mode '%s'", mode_arg);
		return 1;
	}
	if (!argc) {
		warn_msg("missing operand");
		return usage();
	}
	for (int i = 0; i < argc; i++) {
		if (mkfifo(argv[i], mode & 07777)) {
			warn_errno("cannot create fifo '%s'", argv[i]);
			status = 1;
		} else if (mode_arg && chmod(argv[i], mode & 07777)) {
			warn_errno("cannot set permissions of '%s'", argv[i]);
			status = 1;
		}
	}
	return status;
}
