/* cksum - POSIX checksum and size of files
 *
 * APPLET(cksum, USR_BIN)
 * usage: cksum [FILE...]
 *
 * Print the POSIX CRC (polynomial 0x04C11DB7 over the data and its length), the
 * size in bytes and the name of each FILE (- or none: standard input, no name).
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static uint32_t tab[8][256];

static void make_tables(void)
{
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t c = i << 24;
		for (int k = 0; k < 8; k++)
			c = c & 0x80000000u ? (c << 1) ^ 0x04C11DB7u : c << 1;
		tab[0][i] = c;
	}
	for (int t = 1; t < 8; t++)
		for (int i = 0; i < 256; i++)
			tab[t][i] = (tab[t - 1][i] << 8) ^ tab[0][tab[t - 1][i] >> 24];
}

/* Slicing by 8: eight bytes per step. */
static uint32_t crc_update(uint32_t crc, const unsigned char *p, size_t n)
{
	while (n >= 8) {
		uint32_t a = crc ^ ((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
				    (uint32_t)p[2] << 8 | p[3]);
		crc = tab[7][a >> 24] ^ tab[6][(a >> 16) & 255] ^ tab[5][(a >> 8) & 255] ^
		      tab[4][a & 255] ^ tab[3][p[4]] ^ tab[2][p[5]] ^ tab[1][p[6]] ^ tab[0][p[7]];
		p += 8;
		n -= 8;
	}
	while (n--)
		crc = (crc << 8) ^ tab[0][(crc >> 24) ^ *p++];
	return crc;
}

int cksum_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "");
	int c, status = 0;
	while ((c = opt_next(&o)) != -1)
		return usage();
	argc -= o.ind;
	argv += o.ind;
	make_tables();
	static unsigned char buf[256 << 10];
	int n_files = argc ? argc : 1;
	for (int i = 0; i < n_files; i++) {
		const char *name = argc ? argv[i] : "-";
		int fd = open_input(name);
		if (fd < 0) {
			status = 1;
			continue;
		}
		uint32_t crc = 0;
		unsigned long long len = 0;
		ssize_t n;
		while ((n = safe_read(fd, buf, sizeof buf)) > 0) {
			crc = crc_update(crc, buf, n);
			len += n;
		}
		if (n < 0) {
			warn_errno("%s", name);
			status = 1;
			if (fd)
				close(fd);
			continue;
		}
		if (fd)
			close(fd);
		for (unsigned long long l = len; l; l >>= 8) {
			unsigned char b = (unsigned char)l;
			crc = crc_update(crc, &b, 1);
		}
		crc = ~crc;
		if (argc)
			printf("%u %llu %s\n", crc, len, name);
		else
			printf("%u %llu\n", crc, len);
	}
	return status;
}
