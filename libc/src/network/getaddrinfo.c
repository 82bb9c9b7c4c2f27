#include <netdb.h>
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include "lookup.h"

/* Each result is one allocation: the addrinfo, its sockaddr and the canonical
 * name, so freeaddrinfo frees node by node. */
struct result {
	struct addrinfo ai;
	union { struct sockaddr_in in; struct sockaddr_in6 in6; } sa;
	char canon[256];
};

int getaddrinfo(const char *restrict host, const char *restrict serv,
	const struct addrinfo *restrict hint, struct addrinfo **restrict res)
{
	int family = hint ? hint->ai_family : AF_UNSPEC;
	int flags = hint ? hint->ai_flags : 0;
	int socktype = hint ? hint->ai_socktype : 0, proto = hint ? hint->ai_protocol : 0;
	if (family != AF_UNSPEC && family != AF_INET && family != AF_INET6) return EAI_FAMILY;
	if (!host && !serv) return EAI_NONAME;
	int port = 0;
	if (serv) {
		port = __lookup_serv(serv, socktype, flags & AI_NUMERICSERV);
		if (port < 0) return EAI_SERVICE;
	}
	struct address addr[16];
	char canon[256] = "";
	int n;
	if (host) {
		if (flags & AI_NUMERICHOST) {
			/* Never a lookup: the text must be an address. */
			unsigned char tmp[16];
			if (inet_pton(AF_INET, host, tmp) != 1 && inet_pton(AF_INET6, host, tmp) != 1)
				return EAI_NONAME;
		}
		n = __lookup_name(host, family, addr, 16, canon);
		if (!n) return EAI_NONAME;
	} else {
		/* No host: the wildcard for a server, loopback for a client. */
		n = 0;
		int passive = flags & AI_PASSIVE;
		if (family != AF_INET6) {
			addr[n].family = AF_INET;
			memcpy(addr[n++].addr, passive ? "\0\0\0\0" : "\177\0\0\1", 4);
		}
		if (family != AF_INET) {
			addr[n].family = AF_INET6;
			memset(addr[n].addr, 0, 16);
			if (!passive) addr[n].addr[15] = 1;
			n++;
		}
	}
	/* One entry per address and socket type (stream and datagram unless given). */
	static const int types[][2] = { { SOCK_STREAM, 6 }, { SOCK_DGRAM, 17 } };
	struct addrinfo *head = 0, **tail = &head;
	for (int i = 0; i < n; i++)
		for (int t = 0; t < 2; t++) {
			if (socktype && socktype != types[t][0]) continue;
			struct result *r = calloc(1, sizeof *r);
			if (!r) {
				freeaddrinfo(head);
				return EAI_MEMORY;
			}
			r->ai.ai_family = addr[i].family;
			r->ai.ai_socktype = types[t][0];
			r->ai.ai_protocol = proto ? proto : types[t][1];
			r->ai.ai_addr = (struct sockaddr *)&r->sa;
			if (addr[i].family == AF_INET) {
				r->sa.in.sin_family = AF_INET;
				r->sa.in.sin_port = htons(port);
				memcpy(&r->sa.in.sin_addr, addr[i].addr, 4);
				r->ai.ai_addrlen = sizeof r->sa.in;
			} else {
				r->sa.in6.sin6_family = AF_INET6;
				r->sa.in6.sin6_port = htons(port);
				memcpy(&r->sa.in6.sin6_addr, addr[i].addr, 16);
				r->ai.ai_addrlen = sizeof r->sa.in6;
			}
			if (!head && flags & AI_CANONNAME) {
				strcpy(r->canon, canon);
				r->ai.ai_canonname = r->canon;
			}
			*tail = &r->ai;
			tail = &r->ai.ai_next;
		}
	*res = head;
	return head ? 0 : EAI_SOCKTYPE;
}

void freeaddrinfo(struct addrinfo *ai)
{
	while (ai) {
		struct addrinfo *next = ai->ai_next;
		free(ai);
		ai = next;
	}
}

const char *gai_strerror(int e)
{
	switch (e) {
	case 0: return "Success";
	case EAI_BADFLAGS: return "Bad value for ai_flags";
	case EAI_NONAME: return "Name or service not known";
	case EAI_AGAIN: return "Temporary failure in name resolution";
	case EAI_FAIL: return "Non-recoverable failure in name resolution";
	case EAI_FAMILY: return "ai_family not supported";
	case EAI_SOCKTYPE: return "ai_socktype not supported";
	case EAI_SERVICE: return "Servname not supported for ai_socktype";
	case EAI_MEMORY: return "Memory allocation failure";
	case EAI_SYSTEM: return "System error";
	case EAI_OVERFLOW: return "Argument buffer overflow";
	}
	return "Unknown error";
}
