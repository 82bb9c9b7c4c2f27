#include <crypt.h>
#include <unistd.h>
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include "hash.h"

/* Password hashing in the formats /etc/shadow uses: $1$ (MD5, FreeBSD), $5$ and $6$
 * (SHA-256/512, Ulrich Drepper's specification). Any other setting fails with
 * EINVAL and returns "*0", which matches no stored hash. */

static const char b64[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

static char *to64(char *p, unsigned a, unsigned b, unsigned c, int n)
{
	unsigned w = a << 16 | b << 8 | c;
	while (n--) {
		*p++ = b64[w & 63];
		w >>= 6;
	}
	return p;
}

/* One interface over SHA-256 and SHA-512 for the shared algorithm. */
struct hash {
	int size;
	union { struct sha256 s256; struct sha512 s512; } c;
};

static void h_init(struct hash *h)
{
	if (h->size == 32) __sha256_init(&h->c.s256);
	else __sha512_init(&h->c.s512);
}

static void h_add(struct hash *h, const void *p, size_t n)
{
	if (h->size == 32) __sha256_update(&h->c.s256, p, n);
	else __sha512_update(&h->c.s512, p, n);
}

static void h_end(struct hash *h, unsigned char *out)
{
	if (h->size == 32) __sha256_final(&h->c.s256, out);
	else __sha512_final(&h->c.s512, out);
}

static char *sha_crypt(const char *key, const char *setting, char *out, int size)
{
	const char *magic = size == 32 ? "$5$" : "$6$";
	const char *salt = setting + 3;
	unsigned long rounds = 5000;
	int custom = 0;
	if (!strncmp(salt, "rounds=", 7)) {
		char *end;
		unsigned long r = strtoul(salt + 7, &end, 10);
		if (*end != '$' || end == salt + 7) return 0;
		rounds = r < 1000 ? 1000 : r > 999999999 ? 999999999 : r;
		custom = 1;
		salt = end + 1;
	}
	size_t slen = strcspn(salt, "$:\n");
	if (slen > 16) slen = 16;
	size_t klen = strlen(key);
	unsigned char a[64], b[64], dp[64], ds[64], *p = 0, *s = 0;
	struct hash h = { .size = size }, alt = { .size = size };

	h_init(&alt);
	h_add(&alt, key, klen);
	h_add(&alt, salt, slen);
	h_add(&alt, key, klen);
	h_end(&alt, b);

	h_init(&h);
	h_add(&h, key, klen);
	h_add(&h, salt, slen);
	size_t n;
	for (n = klen; n > (size_t)size; n -= size) h_add(&h, b, size);
	h_add(&h, b, n);
	for (n = klen; n; n >>= 1) {
		if (n & 1) h_add(&h, b, size);
		else h_add(&h, key, klen);
	}
	h_end(&h, a);

	/* P: the key hashed key-length times; S: the salt hashed 16 + a[0] times. */
	h_init(&alt);
	for (n = 0; n < klen; n++) h_add(&alt, key, klen);
	h_end(&alt, dp);
	if (!(p = malloc(klen + 1)) || !(s = malloc(slen + 1))) {
		free(p);
		return 0;
	}
	for (n = 0; n < klen; n++) p[n] = dp[n % size];
	h_init(&alt);
	for (n = 0; n < 16u + a[0]; n++) h_add(&alt, salt, slen);
	h_end(&alt, ds);
	for (n = 0; n < slen; n++) s[n] = ds[n % size];

	for (unsigned long i = 0; i < rounds; i++) {
		h_init(&h);
		if (i & 1) h_add(&h, p, klen);
		else h_add(&h, a, size);
		if (i % 3) h_add(&h, s, slen);
		if (i % 7) h_add(&h, p, klen);
		if (i & 1) h_add(&h, a, size);
		else h_add(&h, p, klen);
		h_end(&h, a);
	}
	memset(p, 0, klen);
	free(p);
	free(s);

	char *o = out;
	o = stpcpy(o, magic);
	if (custom) {
		char num[32];
		int k = 0;
		unsigned long r = rounds;
		do num[k++] = '0' + r % 10;
		while (r /= 10);
		o = stpcpy(o, "rounds=");
		while (k) *o++ = num[--k];
		*o++ = '$';
	}
	memcpy(o, salt, slen);
	o += slen;
	*o++ = '$';
	/* The digest goes out in a fixed interleaving, three bytes at a time. */
	if (size == 32) {
		for (int i = 0, j = 0; i < 10; i++, j = (j + 21) % 30)
			o = to64(o, a[j], a[(j + 10) % 30], a[(j + 20) % 30], 4);
		o = to64(o, 0, a[31], a[30], 3);
	} else {
		for (int i = 0, j = 0; i < 21; i++, j = (j + 22) % 63)
			o = to64(o, a[j], a[(j + 21) % 63], a[(j + 42) % 63], 4);
		o = to64(o, 0, 0, a[63], 2);
	}
	*o = 0;
	return out;
}

static char *md5_crypt(const char *key, const char *setting, char *out)
{
	const char *salt = setting + 3;
	size_t slen = strcspn(salt, "$:\n"), klen = strlen(key);
	if (slen > 8) slen = 8;
	unsigned char f[16];
	struct md5 c, alt;

	__md5_init(&alt);
	__md5_update(&alt, key, klen);
	__md5_update(&alt, salt, slen);
	__md5_update(&alt, key, klen);
	__md5_final(&alt, f);

	__md5_init(&c);
	__md5_update(&c, key, klen);
	__md5_update(&c, "$1$", 3);
	__md5_update(&c, salt, slen);
	for (size_t n = klen; n > 0; n -= n > 16 ? 16 : n) __md5_update(&c, f, n > 16 ? 16 : n);
	for (size_t n = klen; n; n >>= 1) __md5_update(&c, n & 1 ? "" : key, 1);
	__md5_final(&c, f);

	for (int i = 0; i < 1000; i++) {
		__md5_init(&c);
		if (i & 1) __md5_update(&c, key, klen);
		else __md5_update(&c, f, 16);
		if (i % 3) __md5_update(&c, salt, slen);
		if (i % 7) __md5_update(&c, key, klen);
		if (i & 1) __md5_update(&c, f, 16);
		else __md5_update(&c, key, klen);
		__md5_final(&c, f);
	}

	char *o = stpcpy(out, "$1$");
	memcpy(o, salt, slen);
	o += slen;
	*o++ = '$';
	for (int i = 0; i < 5; i++) o = to64(o, f[i], f[i + 6], f[i == 4 ? 5 : i + 12], 4);
	o = to64(o, 0, 0, f[11], 2);
	*o = 0;
	return out;
}

char *crypt(const char *key, const char *setting)
{
	static char buf[128];
	char *r = 0;
	if (!strncmp(setting, "$1$", 3)) r = md5_crypt(key, setting, buf);
	else if (!strncmp(setting, "$5$", 3)) r = sha_crypt(key, setting, buf, 32);
	else if (!strncmp(setting, "$6$", 3)) r = sha_crypt(key, setting, buf, 64);
	else errno = EINVAL;
	if (!r) {
		/* Never the same as the setting, so a failed hash cannot match it. */
		strcpy(buf, setting[0] == '*' && setting[1] == '0' ? "*1" : "*0");
		return buf;
	}
	return r;
}
