#include <netdb.h>
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include "lookup.h"

/* Names resolve from numeric text, then /etc/hosts ("localhost" also without
 * it), then DNS. Returns the number of addresses stored. */
int __lookup_name(const char *name, int family, struct address *out, int max, char *canon)
{
	int n = 0;
	unsigned char a[16];
	if (canon) {
		strncpy(canon, name, 255);
		canon[255] = 0;
	}
	if (family != AF_INET6 && inet_pton(AF_INET, name, a) == 1) {
		out[0].family = AF_INET;
		memcpy(out[0].addr, a, 4);
		return 1;
	}
	if (family != AF_INET && inet_pton(AF_INET6, name, a) == 1) {
		out[0].family = AF_INET6;
		memcpy(out[0].addr, a, 16);
		return 1;
	}
	FILE *f = fopen("/etc/hosts", "re");
	char line[512];
	while (f && n < max && fgets(line, sizeof line, f)) {
		char *s = line, *addr, *w;
		s[strcspn(s, "#\n")] = 0;
		if (!(addr = strtok_r(s, " \t", &s))) continue;
		int match = 0;
		char *first = 0;
		while ((w = strtok_r(0, " \t", &s))) {
			if (!first) first = w;
			if (!strcasecmp(w, name)) match = 1;
		}
		if (!match) continue;
		int fam = inet_pton(AF_INET, addr, a) == 1 ? AF_INET
			: inet_pton(AF_INET6, addr, a) == 1 ? AF_INET6 : 0;
		if (!fam || (family && family != fam)) continue;
		out[n].family = fam;
		memcpy(out[n].addr, a, fam == AF_INET ? 4 : 16);
		if (!n && canon && first) {
			strncpy(canon, first, 255);
			canon[255] = 0;
		}
		n++;
	}
	if (f) fclose(f);
	if (!n && !strcasecmp(name, "localhost")) {
		if (family != AF_INET6) {
			out[n].family = AF_INET;
			memcpy(out[n++].addr, "\177\0\0\1", 4);
		}
		if (family != AF_INET && n < max) {
			out[n].family = AF_INET6;
			memset(out[n].addr, 0, 16);
			out[n++].addr[15] = 1;
		}
	}
	if (!n) n = __dns_query(name, family, out, max);
	return n;
}

/* Port number from a decimal string or /etc/services; -1 if unknown. */
int __lookup_serv(const char *serv, int socktype, int numeric_only)
{
	char *end;
	long p = strtol(serv, &end, 10);
	if (*serv && !*end) return p >= 0 && p <= 65535 ? p : -1;
	if (numeric_only) return -1;
	const char *proto = socktype == SOCK_DGRAM ? "udp" : "tcp";
	FILE *f = fopen("/etc/services", "re");
	char line[512];
	int port = -1;
	while (f && port < 0 && fgets(line, sizeof line, f)) {
		char *s = line, *name, *pp, *w;
		s[strcspn(s, "#\n")] = 0;
		if (!(name = strtok_r(s, " \t", &s)) || !(pp = strtok_r(0, " \t", &s))) continue;
		char *slash = strchr(pp, '/');
		if (!slash || strcmp(slash + 1, proto)) continue;
		int hit = !strcmp(name, serv);
		while (!hit && (w = strtok_r(0, " \t", &s))) hit = !strcmp(w, serv);
		if (hit) port = atoi(pp);
	}
	if (f) fclose(f);
	return port;
}
