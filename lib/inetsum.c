/* inetsum.c: the Internet checksum (RFC 1071), shared by ping and udhcpc. */
#include <arpa/inet.h>
#include "ring3.h"

unsigned short inet_csum(const void *data, size_t len, unsigned sum)
{
	const unsigned char *p = data;
	for (; len > 1; p += 2, len -= 2)
		sum += (unsigned)p[0] << 8 | p[1];
	if (len)
		sum += (unsigned)p[0] << 8;
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return htons(~sum & 0xffff);
}
