/* pivot_root - change the root filesystem
 *
 * APPLET(pivot_root, SBIN)
 * usage: pivot_root NEW_ROOT PUT_OLD
 *
 * Make the filesystem mounted at NEW_ROOT the root of this mount namespace and move the
 * old root to PUT_OLD (a directory under NEW_ROOT). Then "exec chroot . COMMAND" usually
 * follows; the working directory is not changed.
 */
#include <sys/syscall.h>
#include <unistd.h>
#include "ring3.h"

int pivot_root_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "");
	if (opt_next(&o) != -1)
		return usage();
	argc -= o.ind;
	argv += o.ind;
	if (argc != 2)
		return usage();
	/* glibc has no wrapper */
	if (syscall(SYS_pivot_root, argv[0], argv[1])) {
		warn_errno("%s", argv[0]);
		return 1;
	}
	return 0;
}
