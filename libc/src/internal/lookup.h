#ifndef _LOOKUP_H
#define _LOOKUP_H

#include "libc.h"

struct address {
	int family;
	unsigned char addr[16];
};

__hidden int __lookup_name(const char *name, int family, struct address *out, int max, char *canon);
__hidden int __dns_query(const char *name, int family, struct address *out, int max);
__hidden int __lookup_serv(const char *serv, int socktype, int numeric_only);

#endif
