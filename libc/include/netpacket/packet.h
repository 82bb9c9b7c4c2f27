#ifndef _NETPACKET_PACKET_H
#define _NETPACKET_PACKET_H

#include <stdint.h>
#include <sys/socket.h>

struct sockaddr_ll {
	sa_family_t sll_family;
	uint16_t sll_protocol;
	int sll_ifindex;
	unsigned short sll_hatype;
	unsigned char sll_pkttype;
	unsigned char sll_halen;
	unsigned char sll_addr[8];
};

#define PACKET_HOST 0
#define PACKET_BROADCAST 1
#define PACKET_MULTICAST 2
#define PACKET_OTHERHOST 3
#define PACKET_OUTGOING 4
#define PACKET_LOOPBACK 5

#define SOL_PACKET 263
#define PACKET_ADD_MEMBERSHIP 1
#define PACKET_DROP_MEMBERSHIP 2
#define PACKET_AUXDATA 8

#endif
