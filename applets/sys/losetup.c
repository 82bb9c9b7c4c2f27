/* losetup - set up and control loop devices
 *
 * APPLET(losetup, SBIN)
 * usage: losetup [-rP] [-o OFFSET] [--show] -f|LOOPDEV FILE | losetup -f | losetup -a | losetup -d LOOPDEV... | losetup LOOPDEV
 *
 * Attach FILE to LOOPDEV (or to the first free one with -f), show one or all attached
 * devices, or detach them.
 *
 * -f  the first free device (alone: print its name) (--find)
 * -a  list attached devices (--all)      -d  detach (--detach)
 * -o OFFSET  data starts at OFFSET in FILE (--offset)
 * -r  read-only (--read-only)            -P  scan partitions (--partscan)
 * --show  print the device name after attaching with -f
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "ring3.h"

#define LOOP_SET_FD 0x4C00
#define LOOP_CLR_FD 0x4C01
#define LOOP_SET_STATUS64 0x4C04
#define LOOP_GET_STATUS64 0x4C05
#define LOOP_CTL_GET_FREE 0x4C82
#define LO_FLAGS_READ_ONLY 1
#define LO_FLAGS_AUTOCLEAR 4
#define LO_FLAGS_PARTSCAN 8

struct loop_info64 {
	uint64_t lo_device, lo_inode, lo_rdevice, lo_offset, lo_sizelimit;
	uint32_t lo_number, lo_encrypt_type, lo_encrypt_key_size, lo_flags;
	uint8_t lo_file_name[64], lo_crypt_name[64], lo_encrypt_key[32];
	uint64_t lo_init[2];
};

/* 0 shown, 1 not attached (ENXIO), -1 error */
static int show(const char *dev, int quiet)
{
	int fd = open(dev, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		if (!quiet)
			warn_errno("%s", dev);
		return -1;
	}
	struct loop_info64 li;
	int r = ioctl(fd, LOOP_GET_STATUS64, &li);
	int err = errno;
	close(fd);
	if (r) {
		errno = err;
		if (!quiet)
			warn_errno("%s", dev);
		return err == ENXIO ? 1 : -1;
	}
	li.lo_file_name[63] = 0;
	char backing[4200], path[256];
	snprintf(path, sizeof path, "/sys/block/%s/loop/backing_file", strrchr(dev, '/') ? strrchr(dev, '/') + 1 : dev);
	FILE *f = fopen(path, "re");
	if (!f || !fgets(backing, sizeof backing, f))
		snprintf(backing, sizeof backing, "%s", (char *)li.lo_file_name);
	if (f)
		fclose(f);
	backing[strcspn(backing, "\n")] = 0;
	printf("%s: [%04llx]:%llu (%s)", dev, (unsigned long long)li.lo_device,
	       (unsigned long long)li.lo_inode, backing);
	if (li.lo_offset)
		printf(", offset %llu", (unsigned long long)li.lo_offset);
	putchar('\n');
	return 0;
}

static int find_free(char *dev, size_t size)
{
	int ctl = open("/dev/loop-control", O_RDWR | O_CLOEXEC);
	if (ctl < 0) {
		warn_errno("/dev/loop-control");
		return -1;
	}
	int n = ioctl(ctl, LOOP_CTL_GET_FREE);
	int err = errno;
	close(ctl);
	if (n < 0) {
		errno = err;
		warn_errno("/dev/loop-control");
		return -1;
	}
	snprintf(dev, size, "/dev/loop%d", n);
	return 0;
}

static int list_all(void)
{
	DIR *d = opendir("/sys/block");
	if (!d) {
		warn_errno("/sys/block");
		return 1;
	}
	struct dirent *de;
	int nums[1024], n = 0;
	while ((de = readdir(d)) && n < 1024) {
		char *end;
		if (strncmp(de->d_name, "loop", 4))
			continue;
		long v = strtol(de->d_name + 4, &end, 10);
		if (!*end && end != de->d_name + 4)
			nums[n++] = (int)v;
	}
	closedir(d);
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && nums[j - 1] > nums[j]; j--) {
			int t = nums[j];
			nums[j] = nums[j - 1];
			nums[j - 1] = t;
		}
	for (int i = 0; i < n; i++) {
		char dev[64], path[128];
		snprintf(path, sizeof path, "/sys/block/loop%d/loop/backing_file", nums[i]);
		if (access(path, F_OK))
			continue;
		snprintf(dev, sizeof dev, "/dev/loop%d", nums[i]);
		show(dev, 1);
	}
	return 0;
}

int losetup_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"f(find)a(all)d(detach)o:(offset)r(read-only)P(partscan)S(show)");
	int find = 0, all = 0, detach = 0, ro = 0, part = 0, showname = 0, c;
	unsigned long long offset = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'f': find = 1; break;
		case 'a': all = 1; break;
		case 'd': detach = 1; break;
		case 'r': ro = 1; break;
		case 'P': part = 1; break;
		case 'S': showname = 1; break;
		case 'o':
			if (parse_size(o.arg, &offset)) {
				warn_msg("%s: invalid offset", o.arg);
				return 1;
			}
			break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (all)
		return argc ? usage() : list_all();
	if (detach) {
		if (!argc)
			return usage();
		int status = 0;
		for (int i = 0; i < argc; i++) {
			int fd = open(argv[i], O_RDONLY | O_CLOEXEC);
			if (fd < 0 || ioctl(fd, LOOP_CLR_FD, 0)) {
				warn_errno("%s", argv[i]);
				status = 1;
			}
			if (fd >= 0)
				close(fd);
		}
		return status;
	}
	char dev[4096];
	if (find && !argc) {
		if (find_free(dev, sizeof dev))
			return 1;
		puts(dev);
		return 0;
	}
	if (!find && argc == 1)
		return show(argv[0], 0) ? 1 : 0;
	if (argc != (find ? 1 : 2))
		return usage();
	const char *file = argv[find ? 0 : 1];
	int ffd = open(file, (ro ? O_RDONLY : O_RDWR) | O_CLOEXEC);
	if (ffd < 0 && !ro && (errno == EROFS || errno == EACCES)) {
		ro = 1;
		ffd = open(file, O_RDONLY | O_CLOEXEC);
	}
	if (ffd < 0) {
		warn_errno("%s", file);
		return 1;
	}
	for (int tries = 0;; tries++) {
		if (find) {
			if (find_free(dev, sizeof dev)) {
				close(ffd);
				return 1;
			}
		} else
			snprintf(dev, sizeof dev, "%s", argv[0]);
		int lfd = open(dev, (ro ? O_RDONLY : O_RDWR) | O_CLOEXEC);
		if (lfd < 0) {
			warn_errno("%s", dev);
			close(ffd);
			return 1;
		}
		if (ioctl(lfd, LOOP_SET_FD, ffd)) {
			int err = errno;
			close(lfd);
			if (find && err == EBUSY && tries < 16)
				continue;	/* someone took it first */
			errno = err;
			warn_errno("%s", dev);
			close(ffd);
			return 1;
		}
		struct loop_info64 li;
		memset(&li, 0, sizeof li);
		li.lo_offset = offset;
		li.lo_flags = (ro ? LO_FLAGS_READ_ONLY : 0) | (part ? LO_FLAGS_PARTSCAN : 0);
		snprintf((char *)li.lo_file_name, sizeof li.lo_file_name, "%s", file);
		if (ioctl(lfd, LOOP_SET_STATUS64, &li)) {
			warn_errno("%s", dev);
			ioctl(lfd, LOOP_CLR_FD, 0);
			close(lfd);
			close(ffd);
			return 1;
		}
		close(lfd);
		break;
	}
	close(ffd);
	if (showname)
		puts(dev);
	return 0;
}
