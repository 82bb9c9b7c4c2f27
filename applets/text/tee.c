/* tee - copy standard input to standard output and files
 *
 * APPLET(tee, USR_BIN)
 * usage: tee [-ai] [FILE...]
 *
 * Copy standard input to standard output and to each FILE. A file that cannot be
 * opened or written is reported and dropped; the others still get everything, and
 * the exit status is then 1.
 *
 * -a  append to the FILEs instead of truncating them (--append)
 * -i  ignore the interrupt signal (--ignore-interrupts)
 * -p  keep going when standard output is a closed pipe (--output-error)
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

enum { BUFSZ = 128 << 10 };

int tee_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "a(append)i(ignore-interrupts)p(output-error)");
	int c, flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, pipe_ok = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'a': flags = (flags & ~O_TRUNC) | O_APPEND; break;
		case 'i': signal(SIGINT, SIG_IGN); break;
		case 'p': pipe_ok = 1; break;
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (pipe_ok)
		signal(SIGPIPE, SIG_IGN);
	int status = 0, nout = argc + 1, live = 0;
	int *fds = xmalloc(nout * sizeof *fds);
	const char **names = xmalloc(nout * sizeof *names);
	fds[0] = 1;
	names[0] = 0;
	for (int i = 0; i < argc; i++) {
		names[i + 1] = argv[i];
		fds[i + 1] = strcmp(argv[i], "-") ? open(argv[i], flags, 0666) : 1;
		if (fds[i + 1] < 0) {
			warn_errno("%s", argv[i]);
			status = 1;
		}
	}
	for (int i = 0; i < nout; i++)
		live += fds[i] >= 0;
	char *buf = xmalloc(BUFSZ);
	while (live) {
		ssize_t n = safe_read(0, buf, BUFSZ);
		if (n < 0) {
			warn_errno("read error");
			status = 1;
			break;
		}
		if (n == 0)
			break;
		for (int i = 0; i < nout; i++) {
			if (fds[i] < 0 || full_write(fds[i], buf, n) >= 0)
				continue;
			if (!(pipe_ok && errno == EPIPE)) {
				if (names[i])
					warn_errno("%s", names[i]);
				else
					warn_errno("write error");
			}
			status = 1;
			if (fds[i] > 1)
				close(fds[i]);
			fds[i] = -1;
			live--;
		}
	}
	for (int i = 1; i < nout; i++)
		if (fds[i] > 1 && close(fds[i])) {
			warn_errno("%s", names[i]);
			status = 1;
		}
	return status;
}
