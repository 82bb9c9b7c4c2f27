/* truncate - shrink or extend files to a size
 *
 * APPLET(truncate, USR_BIN)
 * usage: truncate [-c] -s [+-<>/%]SIZE|-r RFILE [-s [+-]SIZE] FILE...
 *
 * Set the size of each FILE, creating it unless -c. SIZE takes the suffixes K M G T
 * (powers of 1024; KB MB ... powers of 1000); a prefix makes it relative: + extend by,
 * - shrink by, < at most, > at least, / round down to a multiple of, % round up to one.
 *
 * -c, --no-create  do not create missing files
 * -s, --size=SIZE  the size      -r, --reference=RFILE  the size of RFILE
 * -o, --io-blocks  SIZE counts the files' I/O blocks
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

int truncate_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "c(no-create)s(size):r(reference):o(io-blocks)");
	int c, nocreate = 0, blocks = 0, status = 0, op = 0, have_size = 0;
	const char *size_arg = 0, *ref = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'c': nocreate = 1; break;
		case 's': size_arg = o.arg; break;
		case 'r': ref = o.arg; break;
		case 'o': blocks = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	unsigned long long size = 0;
	if (size_arg) {
		const char *s = size_arg;
		if (*s && strchr("+-<>/%", *s))
			op = *s++;
		if (parse_size(s, &size) || (size_arg[0] == '-' && !op)) {
			warn_msg("invalid number: '%s'", size_arg);
			return 1;
		}
		if ((op == '/' || op == '%') && !size) {
			warn_msg("division by zero");
			return 1;
		}
		have_size = 1;
	}
	if (!have_size && !ref) {
		warn_msg("you must specify either '--size' or '--reference'");
		return usage();
	}
	if (ref && op == 0 && have_size) {
		warn_msg("you must specify a relative '--size' with '--reference'");
		return usage();
	}
	if (blocks && !have_size) {
		warn_msg("'--io-blocks' was specified but '--size' was not");
		return usage();
	}
	long long refsize = -1;
	if (ref) {
		struct stat st;
		if (stat(ref, &st)) {
			warn_errno("cannot stat '%s'", ref);
			return 1;
		}
		refsize = st.st_size;
	}
	if (!argc) {
		warn_msg("missing file operand");
		return usage();
	}
	for (int i = 0; i < argc; i++) {
		int fd = open(argv[i], O_WRONLY | O_NONBLOCK | O_CLOEXEC | (nocreate ? 0 : O_CREAT),
			      0666);
		if (fd < 0) {
			if (nocreate && errno == ENOENT)
				continue;
			warn_errno("cannot open '%s' for writing", argv[i]);
			status = 1;
			continue;
		}
		struct stat st;
		if (fstat(fd, &st)) {
			warn_errno("cannot fstat '%s'", argv[i]);
			status = 1;
			close(fd);
			continue;
		}
		unsigned long long unit = blocks && st.st_blksize > 0 ? (unsigned long long)st.st_blksize : 1;
		long long cur = refsize >= 0 ? refsize : st.st_size;
		unsigned long long n = size * unit;
		long long want;
		if (op && refsize < 0 && !S_ISREG(st.st_mode) && op != 0) {
			/* relative sizes of devices come from their end */
			off_t end = lseek(fd, 0, SEEK_END);
			if (end >= 0)
				cur = end;
		}
		switch (op) {
		case '+': want = cur + (long long)n; break;
		case '-': want = cur > (long long)n ? cur - (long long)n : 0; break;
		case '<': want = cur < (long long)n ? cur : (long long)n; break;
		case '>': want = cur > (long long)n ? cur : (long long)n; break;
		case '/': want = cur / (long long)n * (long long)n; break;
		case '%': want = (cur + (long long)n - 1) / (long long)n * (long long)n; break;
		default: want = have_size ? (long long)n : cur;
		}
		if (want < 0 || n > (unsigned long long)0x7fffffffffffffffll) {
			warn_msg("overflow extending size of file '%s'", argv[i]);
			status = 1;
		} else if (ftruncate(fd, want) &&
			   !(errno == EINVAL && !S_ISREG(st.st_mode))) {
			warn_errno("failed to truncate '%s' at %lld bytes", argv[i], want);
			status = 1;
		}
		close(fd);
	}
	return status;
}
