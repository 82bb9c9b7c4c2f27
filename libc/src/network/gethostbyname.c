#include <netdb.h>
#include <string.h>
#include <arpa/inet.h>
#include <stdio.h>
#include "lookup.h"

int h_errno;

struct hostent *gethostbyname2(const char *name, int family)
{
	static struct hostent h;
	static char canon[256];
	static unsigned char addrs[16][16];
	static char *list[17], *aliases[1];
	struct address a[16];
	int n = __lookup_name(name, family, a, 16, canon);
	if (!n) {
		h_errno = HOST_NOT_FOUND;
		return 0;
	}
	for (int i = 0; i < n; i++) {
		memcpy(addrs[i], a[i].addr, 16);
		list[i] = (char *)addrs[i];
	}
	list[n] = 0;
	h.h_name = canon;
	h.h_aliases = aliases;
	h.h_addrtype = family;
	h.h_length = family == AF_INET ? 4 : 16;
	h.h_addr_list = list;
	return &h;
}

struct hostent *gethostbyname(const char *name)
{
	return gethostbyname2(name, AF_INET);
}

const char *hstrerror(int e)
{
	switch (e) {
	case HOST_NOT_FOUND: return "Unknown host";
	case TRY_AGAIN: return "Host name lookup failure";
	case NO_RECOVERY: return "Unknown server error";
	case NO_DATA: return "No address associated with name";
	}
	return "Resolver internal error";
}

struct servent *getservbyname(const char *name, const char *proto)
{
	static struct servent s;
	static char nm[64], pr[8], *aliases[1];
	int port = __lookup_serv(name, proto && !strcmp(proto, "udp") ? SOCK_DGRAM : SOCK_STREAM, 0);
	if (port < 0) return 0;
	snprintf(nm, sizeof nm, "%s", name);
	snprintf(pr, sizeof pr, "%s", proto ? proto : "tcp");
	s = (struct servent){ nm, aliases, htons(port), pr };
	return &s;
}

int getnameinfo(const struct sockaddr *restrict sa, socklen_t len, char *restrict host,
	socklen_t hlen, char *restrict serv, socklen_t slen, int flags)
{
	const void *addr;
	int port;
	if (sa->sa_family == AF_INET && len >= sizeof(struct sockaddr_in)) {
		addr = &((const struct sockaddr_in *)sa)->sin_addr;
		port = ((const struct sockaddr_in *)sa)->sin_port;
	} else if (sa->sa_family == AF_INET6 && len >= sizeof(struct sockaddr_in6)) {
		addr = &((const struct sockaddr_in6 *)sa)->sin6_addr;
		port = ((const struct sockaddr_in6 *)sa)->sin6_port;
	} else {
		return EAI_FAMILY;
	}
	/* Numeric only: there is no reverse lookup without DNS. */
	if (host && hlen) {
		if (flags & NI_NAMEREQD) return EAI_NONAME;
		if (!inet_ntop(sa->sa_family, addr, host, hlen)) return EAI_OVERFLOW;
	}
	if (serv && slen && snprintf(serv, slen, "%d", ntohs(port)) >= (int)slen)
		return EAI_OVERFLOW;
	return 0;
}
