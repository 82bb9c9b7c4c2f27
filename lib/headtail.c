/* What head and tail share: the output that stops after a failed write, the
 * "==> name <==" headers, the +N/-N counts and passing over the first n lines. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "ring3.h"

int ht_write_failed;

int ht_out(const void *p, size_t n)
{
	if (ht_write_failed)
		return -1;
	if (n && full_write(1, p, n) < 0) {
		if (errno != EPIPE)
			warn_errno("write error");
		ht_write_failed = 1;
		return -1;
	}
	return 0;
}

void ht_header(const char *name, int first)
{
	char hdr[4200];
	int len = snprintf(hdr, sizeof hdr, "%s==> %s <==\n", first ? "" : "\n",
		strcmp(name, "-") ? name : "standard input");
	if (len >= (int)sizeof hdr)
		len = sizeof hdr - 1;
	ht_out(hdr, len);
}

int ht_count(const char *s, int *sign, unsigned long long *n, const char *what)
{
	const char *p = s;
	*sign = 0;
	if (*p == '+' || *p == '-')
		*sign = *p++;
	if (parse_size(p, n)) {
		warn_msg("invalid number of %s: '%s'", what, s);
		return -1;
	}
	return 0;
}

size_t ht_skip(const char *buf, size_t len, unsigned long long *n, int by_bytes, int eol)
{
	if (by_bytes) {
		size_t k = *n < len ? (size_t)*n : len;
		*n -= k;
		return k;
	}
	/* whole blocks with fewer lines than wanted are counted, not searched */
	size_t c = mem_count(buf, eol, len);
	if (c < *n) {
		*n -= c;
		return len;
	}
	const char *p = buf;
	for (; *n; --*n)
		p = (const char *)memchr(p, eol, buf + len - p) + 1;
	return p - buf;
}
