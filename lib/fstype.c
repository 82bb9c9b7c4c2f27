/* Filesystem identification by superblock magic, for fstype and blkid: ext2/3/4, btrfs,
 * xfs, vfat, squashfs, iso9660, swap. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

enum { PROBE_LEN = 0x10000 + 0x1000 };

static uint32_t le16(const unsigned char *p) { return p[0] | p[1] << 8; }
static uint32_t le32(const unsigned char *p) { return le16(p) | (uint32_t)le16(p + 2) << 16; }
static uint64_t le64(const unsigned char *p) { return le32(p) | (uint64_t)le32(p + 4) << 32; }
static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
}
static uint64_t be64(const unsigned char *p) { return (uint64_t)be32(p) << 32 | be32(p + 4); }

static void set_uuid(struct fsinfo *fi, const unsigned char *u)
{
	static const unsigned char zero[16];
	if (!memcmp(u, zero, 16))
		return;
	snprintf(fi->uuid, sizeof fi->uuid,
		 "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
		 u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11],
		 u[12], u[13], u[14], u[15]);
}

/* A label of at most n bytes, NUL- or blank-padded. */
static void set_label(struct fsinfo *fi, const unsigned char *s, size_t n)
{
	size_t len = 0;
	while (len < n && s[len])
		len++;
	while (len && s[len - 1] == ' ')
		len--;
	if (len >= sizeof fi->label)
		len = sizeof fi->label - 1;
	memcpy(fi->label, s, len);
	fi->label[len] = 0;
}

static int ext(const unsigned char *b, struct fsinfo *fi)
{
	const unsigned char *sb = b + 1024;
	if (le16(sb + 0x38) != 0xEF53)
		return 0;
	uint32_t compat = le32(sb + 0x5C), incompat = le32(sb + 0x60), ro = le32(sb + 0x64);
	uint32_t log = le32(sb + 0x18);
	if (log > 16)
		return 0;
	uint64_t blocks = le32(sb + 4);
	if (incompat & 0x80)	/* 64bit */
		blocks |= (uint64_t)le32(sb + 0x150) << 32;
	fi->size = blocks << (10 + log);
	fi->block_size = 1024u << log;
	/* ext4: features ext3 lacks (extents, 64bit, flex_bg, ... huge_file, gdt_csum, ...) */
	if ((incompat & ~(uint32_t)(0x2 | 0x4 | 0x8 | 0x10)) || (ro & ~(uint32_t)0x7))
		strcpy(fi->type, "ext4");
	else if (compat & 0x4)
		strcpy(fi->type, "ext3");
	else
		strcpy(fi->type, "ext2");
	set_uuid(fi, sb + 0x68);
	set_label(fi, sb + 0x78, 16);
	return 1;
}

static int btrfs(const unsigned char *b, struct fsinfo *fi)
{
	const unsigned char *sb = b + 0x10000;
	if (memcmp(sb + 0x40, "_BHRfS_M", 8))
		return 0;
	strcpy(fi->type, "btrfs");
	fi->size = le64(sb + 0x70);
	fi->block_size = le32(sb + 0x90);
	set_uuid(fi, sb + 0x20);
	set_label(fi, sb + 0x12b, 256);
	return 1;
}

static int xfs(const unsigned char *b, struct fsinfo *fi)
{
	if (memcmp(b, "XFSB", 4))
		return 0;
	strcpy(fi->type, "xfs");
	fi->block_size = be32(b + 4);
	fi->size = be64(b + 8) * fi->block_size;
	set_uuid(fi, b + 32);
	set_label(fi, b + 108, 12);
	return 1;
}

static int vfat(const unsigned char *b, struct fsinfo *fi)
{
	if (b[510] != 0x55 || b[511] != 0xAA)
		return 0;
	uint32_t bps = le16(b + 11);
	if (bps < 512 || bps > 4096 || (bps & (bps - 1)) || !b[13] || !b[16])
		return 0;
	const unsigned char *ser, *lab;
	if (!memcmp(b + 82, "FAT32   ", 8)) {
		ser = b + 67;
		lab = b + 71;
	} else if (!memcmp(b + 54, "FAT12   ", 8) || !memcmp(b + 54, "FAT16   ", 8) ||
		   !memcmp(b + 54, "FAT     ", 8)) {
		ser = b + 39;
		lab = b + 43;
	} else
		return 0;
	strcpy(fi->type, "vfat");
	uint64_t sectors = le16(b + 19);
	if (!sectors)
		sectors = le32(b + 32);
	fi->size = sectors * bps;
	fi->block_size = bps;
	snprintf(fi->uuid, sizeof fi->uuid, "%04X-%04X", le16(ser + 2), le16(ser));
	if (memcmp(lab, "NO NAME    ", 11))
		set_label(fi, lab, 11);
	return 1;
}

static int squashfs(const unsigned char *b, struct fsinfo *fi)
{
	if (memcmp(b, "hsqs", 4))
		return 0;
	strcpy(fi->type, "squashfs");
	fi->size = le64(b + 40);
	fi->block_size = le32(b + 12);
	return 1;
}

static int iso9660(const unsigned char *b, struct fsinfo *fi)
{
	const unsigned char *pvd = b + 0x8000;
	if (memcmp(pvd + 1, "CD001", 5))
		return 0;
	strcpy(fi->type, "iso9660");
	fi->block_size = le16(pvd + 128);
	fi->size = (uint64_t)le32(pvd + 80) * fi->block_size;
	set_label(fi, pvd + 40, 32);
	return 1;
}

static int swap(const unsigned char *b, struct fsinfo *fi)
{
	for (uint32_t page = 4096; page <= 0x10000; page <<= 1) {
		const unsigned char *m = b + page - 10;
		if (memcmp(m, "SWAPSPACE2", 10) && memcmp(m, "SWAP-SPACE", 10))
			continue;
		strcpy(fi->type, "swap");	/* blkid shows no block size for swap */
		if (!memcmp(m, "SWAPSPACE2", 10)) {
			fi->size = ((uint64_t)le32(b + 1024 + 4) + 1) * page;
			set_uuid(fi, b + 1024 + 12);
			set_label(fi, b + 1024 + 28, 16);
		}
		return 1;
	}
	return 0;
}

int fs_probe(int fd, struct fsinfo *fi)
{
	static unsigned char buf[PROBE_LEN];
	memset(fi, 0, sizeof *fi);
	memset(buf, 0, sizeof buf);
	size_t got = 0;
	while (got < sizeof buf) {
		ssize_t n = pread(fd, buf + got, sizeof buf - got, got);
		if (n < 0)
			return -1;
		if (n == 0)
			break;
		got += n;
	}
	if (got < 512)
		return 1;
	/* order matters: ext, xfs, btrfs, squashfs, iso9660 first; FAT boot sectors and
	 * swap signatures can sit beside other formats' data */
	if (ext(buf, fi) || xfs(buf, fi) || btrfs(buf, fi) || squashfs(buf, fi) ||
	    iso9660(buf, fi) || swap(buf, fi) || vfat(buf, fi))
		return 0;
	memset(fi, 0, sizeof *fi);
	return 1;
}
