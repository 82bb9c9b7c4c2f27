#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <ctype.h>
#include <stdlib.h>

/* a, a.b, a.b.c, a.b.c.d with each part decimal, octal (0) or hex (0x). */
int inet_aton(const char *s, struct in_addr *dst)
{
	unsigned long part[4];
	int n = 0;
	for (;;) {
		char *end;
		if (!isdigit((unsigned char)*s)) return 0;
		part[n] = strtoul(s, &end, 0);
		s = end;
		n++;
		if (!*s) break;
		if (*s != '.' || n == 4) return 0;
		s++;
	}
	unsigned long v;
	switch (n) {
	case 1: v = part[0]; if (v > 0xffffffff) return 0; break;
	case 2: if (part[0] > 255 || part[1] > 0xffffff) return 0; v = part[0] << 24 | part[1]; break;
	case 3: if (part[0] > 255 || part[1] > 255 || part[2] > 0xffff) return 0;
		v = part[0] << 24 | part[1] << 16 | part[2]; break;
	default:
		for (int i = 0; i < 4; i++) if (part[i] > 255) return 0;
		v = part[0] << 24 | part[1] << 16 | part[2] << 8 | part[3];
	}
	dst->s_addr = htonl(v);
	return 1;
}

in_addr_t inet_addr(const char *s)
{
	struct in_addr a;
	return inet_aton(s, &a) ? a.s_addr : INADDR_NONE;
}

char *inet_ntoa(struct in_addr in)
{
	static char buf[16];
	unsigned char *b = (unsigned char *)&in;
	snprintf(buf, sizeof buf, "%d.%d.%d.%d", b[0], b[1], b[2], b[3]);
	return buf;
}

static int pton4(const char *s, unsigned char *a)
{
	for (int i = 0; i < 4; i++) {
		int v = 0, d = 0;
		for (; isdigit((unsigned char)*s); s++, d++) {
			if (d && v == 0) return 0;	/* no leading zeros */
			v = v * 10 + *s - '0';
		}
		if (!d || d > 3 || v > 255) return 0;
		a[i] = v;
		if (i < 3 && *s++ != '.') return 0;
	}
	return *s == 0;
}

static int pton6(const char *s, unsigned char *a)
{
	uint16_t w[8] = { 0 };
	int n = 0, gap = -1;
	if (s[0] == ':' && s[1] == ':') {
		gap = 0;
		s += 2;
		if (!*s) goto fill;
	} else if (*s == ':') {
		return 0;
	}
	for (;;) {
		if (n < 7 && strchr(s, '.') && !strchr(s, ':')) {
			/* Trailing dotted IPv4. */
			unsigned char v4[4];
			if (n > 6 || !pton4(s, v4)) return 0;
			w[n++] = v4[0] << 8 | v4[1];
			w[n++] = v4[2] << 8 | v4[3];
			break;
		}
		int v = 0, d = 0;
		for (; isxdigit((unsigned char)*s); s++, d++)
			v = v * 16 + (isdigit((unsigned char)*s) ? *s - '0' : (*s | 32) - 'a' + 10);
		if (!d || d > 4 || n == 8) return 0;
		w[n++] = v;
		if (!*s) break;
		if (*s++ != ':') return 0;
		if (*s == ':') {
			if (gap >= 0) return 0;
			gap = n;
			s++;
			if (!*s) break;
		}
	}
fill:
	if (gap < 0 ? n != 8 : n > 7) return 0;
	if (gap >= 0) {
		int move = n - gap;
		memmove(w + 8 - move, w + gap, move * sizeof *w);
		for (int i = gap; i < 8 - move; i++) w[i] = 0;
	}
	for (int i = 0; i < 8; i++) {
		a[2 * i] = w[i] >> 8;
		a[2 * i + 1] = w[i];
	}
	return 1;
}

int inet_pton(int af, const char *restrict s, void *restrict dst)
{
	if (af == AF_INET) return pton4(s, dst);
	if (af == AF_INET6) return pton6(s, dst);
	errno = EAFNOSUPPORT;
	return -1;
}

const char *inet_ntop(int af, const void *restrict src, char *restrict buf, socklen_t len)
{
	const unsigned char *a = src;
	char tmp[64];
	if (af == AF_INET) {
		snprintf(tmp, sizeof tmp, "%d.%d.%d.%d", a[0], a[1], a[2], a[3]);
	} else if (af == AF_INET6) {
		int best = -1, blen = 1, i, p = 0;
		/* The longest run of two or more zero words becomes "::". */
		for (i = 0; i < 8; ) {
			int j = i;
			while (j < 8 && !a[2 * j] && !a[2 * j + 1]) j++;
			if (j - i > blen) best = i, blen = j - i;
			i = j > i ? j : i + 1;
		}
		int v4 = best == 0 && (blen == 6 || (blen == 5 && a[10] == 0xff && a[11] == 0xff));
		for (i = 0; i < 8; i++) {
			if (i == best) {
				/* The word before left out its ':' for this. */
				p += snprintf(tmp + p, sizeof tmp - p, "::");
				i += blen - 1;
				continue;
			}
			if (v4 && i == 6) {
				p += snprintf(tmp + p, sizeof tmp - p, "%d.%d.%d.%d", a[12], a[13], a[14], a[15]);
				break;
			}
			p += snprintf(tmp + p, sizeof tmp - p, "%x%s", a[2 * i] << 8 | a[2 * i + 1],
				i < 7 && i + 1 != best ? ":" : "");
		}
	} else {
		errno = EAFNOSUPPORT;
		return 0;
	}
	if (strlen(tmp) >= len) {
		errno = ENOSPC;
		return 0;
	}
	return strcpy(buf, tmp);
}
