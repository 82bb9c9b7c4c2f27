/* mkswap - set up a Linux swap area
 *
 * APPLET(mkswap, SBIN)
 * usage: mkswap [-L LABEL] [-U UUID] [-p PAGESIZE] FILE|DEVICE [SIZE_KB]
 *
 * Write a version 1 swap header (SWAPSPACE2) to FILE or DEVICE, using its whole size
 * or only the first SIZE_KB KiB. The first page is cleared, wiping older signatures.
 * A regular file with holes gets a warning: the kernel refuses to swap to it.
 *
 * -L LABEL     label of at most 16 bytes (--label)
 * -U UUID      the UUID to use, "clear" for none (default: a random one) (--uuid)
 * -p PAGESIZE  page size the area is laid out for, 4096 to 65536 (default: this
 *              machine's) (--pagesize)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

#ifndef BLKGETSIZE64
#define BLKGETSIZE64 _IOR(0x12, 114, size_t)
#endif

/* The header the kernel reads at offset 1024 of the first page (include/linux/swap.h). */
enum { H_VERSION = 1024, H_LAST_PAGE = 1028, H_NR_BAD = 1032, H_UUID = 1036, H_LABEL = 1052 };
enum { MIN_PAGES = 10 };	/* what util-linux insists on, and the kernel accepts */

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = v;
	p[1] = v >> 8;
	p[2] = v >> 16;
	p[3] = v >> 24;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* 32 hex digits, with or without the dashes of 8-4-4-4-12. */
static int parse_uuid(const char *s, unsigned char *u)
{
	size_t len = strlen(s);
	int dashed = len == 36;
	if (len != 32 && !dashed)
		return -1;
	for (int i = 0; i < 16; i++) {
		if (dashed && (i == 4 || i == 6 || i == 8 || i == 10) && *s++ != '-')
			return -1;
		int hi = hexval(s[0]), lo = hi < 0 ? -1 : hexval(s[1]);
		if (lo < 0)
			return -1;
		u[i] = hi << 4 | lo;
		s += 2;
	}
	return 0;
}

static void random_uuid(unsigned char *u)
{
	size_t got = 0;
	while (got < 16) {
		ssize_t n = getrandom(u + got, 16 - got, 0);
		if (n < 0 && errno != EINTR)
			die_errno("cannot get random bytes");
		if (n > 0)
			got += n;
	}
	u[6] = (u[6] & 0x0f) | 0x40;	/* version 4: random */
	u[8] = (u[8] & 0x3f) | 0x80;	/* RFC 4122 variant */
}

int mkswap_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "L:(label)U:(uuid)p:(pagesize)f(force)c(check)");
	const char *label = NULL, *uuid_arg = NULL;
	long page = sysconf(_SC_PAGESIZE);
	int c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'L': label = o.arg; break;
		case 'U': uuid_arg = o.arg; break;
		case 'p': {
			char *end;
			page = strtol(o.arg, &end, 10);
			if (*end || page < 4096 || page > 65536 || (page & (page - 1))) {
				warn_msg("%s: invalid page size", o.arg);
				return 1;
			}
			break;
		}
		case 'f': case 'c': break;	/* util-linux habits: nothing to force or check */
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc < 1 || argc > 2)
		return usage();
	const char *name = argv[0];

	unsigned char uuid[16] = { 0 };
	if (!uuid_arg)
		random_uuid(uuid);
	else if (strcmp(uuid_arg, "clear") && parse_uuid(uuid_arg, uuid)) {
		warn_msg("%s: invalid UUID", uuid_arg);
		return 1;
	}
	if (label && strlen(label) > 16)
		warn_msg("label is too long, truncating it to '%.16s'", label);

	unsigned long long want = 0;
	if (argc == 2) {
		char *end;
		errno = 0;
		want = strtoull(argv[1], &end, 10);
		if (errno || *end || !*argv[1] || *argv[1] == '-' || want > (~0ULL >> 10)) {
			warn_msg("%s: invalid size", argv[1]);
			return 1;
		}
		want <<= 10;
	}

	/* O_EXCL on a block device: the kernel says EBUSY if it is mounted or in use */
	int fd = open(name, O_RDWR | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0) {
		warn_errno("%s", name);
		return 1;
	}
	unsigned long long size = st.st_size;
	if (S_ISBLK(st.st_mode)) {
		close(fd);
		fd = open(name, O_RDWR | O_CLOEXEC | O_EXCL);
		uint64_t bytes;
		if (fd < 0 || ioctl(fd, BLKGETSIZE64, &bytes) < 0) {
			warn_errno("%s", name);
			return 1;
		}
		size = bytes;
	} else if (!S_ISREG(st.st_mode)) {
		warn_msg("%s: not a regular file or block device", name);
		return 1;
	}
	if (want) {
		if (want > size) {
			warn_msg("%s: %llu KiB is more than the %llu KiB there", name, want >> 10,
				 size >> 10);
			return 1;
		}
		size = want;
	}
	unsigned long long pages = size / page;
	if (pages < MIN_PAGES) {
		warn_msg("%s: too small for swap (%llu bytes; at least %ld needed)", name, size,
			 MIN_PAGES * page);
		return 1;
	}
	if (pages - 1 > UINT32_MAX)
		pages = (unsigned long long)UINT32_MAX + 1;
	if (S_ISREG(st.st_mode)) {
		off_t hole = lseek(fd, 0, SEEK_HOLE);
		if (hole >= 0 && (unsigned long long)hole < pages * page)
			warn_msg("%s: file has holes; the kernel will refuse to swap to it "
				 "(create it with dd, not truncate)", name);
	}

	unsigned char *hdr = xzalloc(page);
	put32(hdr + H_VERSION, 1);
	put32(hdr + H_LAST_PAGE, pages - 1);
	put32(hdr + H_NR_BAD, 0);
	memcpy(hdr + H_UUID, uuid, 16);
	if (label)
		strncpy((char *)hdr + H_LABEL, label, 16);
	memcpy(hdr + page - 10, "SWAPSPACE2", 10);
	ssize_t n;
	while ((n = pwrite(fd, hdr, page, 0)) < 0 && errno == EINTR)
		;
	if (n != page || fsync(fd) < 0 || close(fd) < 0) {
		if (n >= 0 && n != page)
			errno = EIO;
		warn_errno("%s", name);
		return 1;
	}
	free(hdr);

	unsigned long long kib = (pages - 1) * page >> 10;
	printf("Setting up swapspace version 1, size = %llu KiB (%llu bytes)\n", kib, kib << 10);
	if (label)
		printf("LABEL=%.16s, ", label);
	else
		printf("no label, ");
	static const unsigned char zero[16];
	if (memcmp(uuid, zero, 16))
		printf("UUID=%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x\n",
		       uuid[0], uuid[1], uuid[2], uuid[3], uuid[4], uuid[5], uuid[6], uuid[7],
		       uuid[8], uuid[9], uuid[10], uuid[11], uuid[12], uuid[13], uuid[14], uuid[15]);
	else
		printf("no uuid\n");
	return 0;
}
