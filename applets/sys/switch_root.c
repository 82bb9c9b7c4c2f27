/* switch_root - leave the initramfs for the real root filesystem
 *
 * APPLET(switch_root, SBIN)
 * usage: switch_root [-c CONSOLE] NEW_ROOT INIT [ARG...]
 *
 * As process 1: move /dev, /proc, /sys and /run onto NEW_ROOT (a mount point), delete
 * everything in the initramfs (without crossing into other filesystems), make NEW_ROOT
 * the root (mount --move NEW_ROOT /, chroot .) and execute INIT (a path inside
 * NEW_ROOT) with ARGs. The old root must be a ramfs or tmpfs.
 *
 * -c CONSOLE  reopen standard input, output and error on CONSOLE (in NEW_ROOT)
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>
#include "ring3.h"

#define RAMFS_MAGIC 0x858458f6u
#define TMPFS_MAGIC 0x01021994u

/* Removes everything under dirfd that lives on device dev; closes dirfd. */
static void remove_tree(int dirfd, dev_t dev)
{
	DIR *d = fdopendir(dirfd);
	if (!d) {
		close(dirfd);
		return;
	}
	struct dirent *de;
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		struct stat st;
		if (fstatat(dirfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) || st.st_dev != dev)
			continue;
		if (S_ISDIR(st.st_mode)) {
			int fd = openat(dirfd, de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			if (fd >= 0)
				remove_tree(fd, dev);
			if (unlinkat(dirfd, de->d_name, AT_REMOVEDIR) && errno != EBUSY)
				warn_errno("/%s", de->d_name);
		} else if (unlinkat(dirfd, de->d_name, 0))
			warn_errno("%s", de->d_name);
	}
	closedir(d);
}

int switch_root_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "+c:");
	const char *console = 0;
	int c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'c': console = o.arg; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc < 2)
		return usage();
	const char *newroot = argv[0], *init = argv[1];
	if (getpid() != 1) {
		warn_msg("must be run as process 1");
		return 1;
	}
	struct stat root, nr, parent;
	if (stat("/", &root) || stat(newroot, &nr)) {
		warn_errno("%s", newroot);
		return 1;
	}
	if (chdir(newroot)) {
		warn_errno("%s", newroot);
		return 1;
	}
	if (stat("..", &parent) || (parent.st_dev == nr.st_dev && parent.st_ino != nr.st_ino)) {
		warn_msg("%s: not a mount point", newroot);
		return 1;
	}
	char path[4096];
	snprintf(path, sizeof path, "./%s", init);
	if (access(path, X_OK)) {
		warn_errno("%s%s%s", newroot, init[0] == '/' ? "" : "/", init);
		return 1;
	}
	struct statfs sfs;
	if (statfs("/", &sfs) || ((unsigned)sfs.f_type != RAMFS_MAGIC &&
				  (unsigned)sfs.f_type != TMPFS_MAGIC)) {
		warn_msg("/: not an initramfs (ramfs or tmpfs)");
		return 1;
	}
	int oldroot = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (oldroot < 0) {
		warn_errno("/");
		return 1;
	}
	static const char *const moves[] = { "/dev", "/proc", "/sys", "/run" };
	for (size_t i = 0; i < sizeof moves / sizeof *moves; i++) {
		struct stat a, b;
		if (stat(moves[i], &a) || a.st_dev == root.st_dev)
			continue;	/* not mounted */
		if (stat(moves[i] + 1, &b) || !S_ISDIR(b.st_mode) ||
		    mount(moves[i], moves[i] + 1, 0, MS_MOVE, 0)) {
			warn_errno("warning: moving %s to %s%s", moves[i], newroot, moves[i]);
			umount2(moves[i], MNT_DETACH);
		}
	}
	remove_tree(oldroot, root.st_dev);
	if (mount(".", "/", 0, MS_MOVE, 0)) {
		warn_errno("mount --move %s /", newroot);
		return 1;
	}
	if (chroot(".") || chdir("/")) {
		warn_errno("chroot %s", newroot);
		return 1;
	}
	if (console) {
		int fd = open(console, O_RDWR | O_NOCTTY);
		if (fd < 0)
			warn_errno("%s", console);
		else {
			for (int i = 0; i < 3; i++)
				dup2(fd, i);
			if (fd > 2)
				close(fd);
		}
	}
	execv(init, argv + 1);
	warn_errno("%s", init);
	return 1;
}
