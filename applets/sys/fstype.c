/* fstype - identify the filesystem on a device or image
 *
 * APPLET(fstype, USR_BIN)
 * usage: fstype [DEVICE|FILE]
 *
 * Print FSTYPE=TYPE and FSSIZE=BYTES (from the superblock) as klibc's fstype does, for
 * ext2, ext3, ext4, btrfs, xfs, vfat, squashfs, iso9660 and swap; reads standard input
 * without an operand. An unknown filesystem prints FSTYPE=unknown, FSSIZE=0, status 1;
 * a device that cannot be read: status 2.
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include "ring3.h"

int fstype_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "");
	if (opt_next(&o) != -1)
		return usage();
	argc -= o.ind;
	argv += o.ind;
	if (argc > 1)
		return usage();
	const char *name = argc ? argv[0] : "-";
	int fd = open_input(name);
	if (fd < 0)
		return 2;
	struct fsinfo fi;
	int r = fs_probe(fd, &fi);
	if (r < 0) {
		warn_errno("%s", name);
		return 2;
	}
	if (fd)
		close(fd);
	printf("FSTYPE=%s\nFSSIZE=%llu\n", r ? "unknown" : fi.type, r ? 0 : fi.size);
	return r;
}
