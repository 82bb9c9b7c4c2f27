#ifndef _NET_IF_ARP_H
#define _NET_IF_ARP_H

#include <sys/socket.h>

/* hardware types (ifi_type, sa_family of SIOCGIFHWADDR) */
#define ARPHRD_NETROM 0
#define ARPHRD_ETHER 1
#define ARPHRD_IEEE802 6
#define ARPHRD_INFINIBAND 32
#define ARPHRD_SLIP 256
#define ARPHRD_PPP 512
#define ARPHRD_TUNNEL 768
#define ARPHRD_TUNNEL6 769
#define ARPHRD_LOOPBACK 772
#define ARPHRD_SIT 776
#define ARPHRD_IPGRE 778
#define ARPHRD_IEEE80211 801
#define ARPHRD_NONE 0xfffe
#define ARPHRD_VOID 0xffff

#define ARPOP_REQUEST 1
#define ARPOP_REPLY 2

struct arphdr {
	unsigned short ar_hrd;
	unsigned short ar_pro;
	unsigned char ar_hln;
	unsigned char ar_pln;
	unsigned short ar_op;
};

#endif
