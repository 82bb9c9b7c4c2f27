/* bits/stat.h: struct stat as the aarch64 kernel's fstatat fills it (the generic
 * layout: st_mode before st_nlink, 32-bit nlink and blksize). */
#ifndef _BITS_STAT_H
#define _BITS_STAT_H

struct stat {
	dev_t st_dev;
	ino_t st_ino;
	mode_t st_mode;
	nlink_t st_nlink;
	uid_t st_uid;
	gid_t st_gid;
	dev_t st_rdev;
	unsigned long __pad1;
	off_t st_size;
	blksize_t st_blksize;
	int __pad2;
	blkcnt_t st_blocks;
	struct timespec st_atim;
	struct timespec st_mtim;
	struct timespec st_ctim;
	unsigned __unused[2];
};

#endif
