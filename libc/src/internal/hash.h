/* hash.h: the message digests behind crypt(): MD5, SHA-256, SHA-512. */
#ifndef _HASH_H
#define _HASH_H

#include <stddef.h>
#include <stdint.h>
#include "libc.h"

struct md5 { uint64_t len; uint32_t h[4]; unsigned char buf[64]; };
struct sha256 { uint64_t len; uint32_t h[8]; unsigned char buf[64]; };
struct sha512 { uint64_t len; uint64_t h[8]; unsigned char buf[128]; };

__hidden void __md5_init(struct md5 *);
__hidden void __md5_update(struct md5 *, const void *, size_t);
__hidden void __md5_final(struct md5 *, unsigned char [16]);
__hidden void __sha256_init(struct sha256 *);
__hidden void __sha256_update(struct sha256 *, const void *, size_t);
__hidden void __sha256_final(struct sha256 *, unsigned char [32]);
__hidden void __sha512_init(struct sha512 *);
__hidden void __sha512_update(struct sha512 *, const void *, size_t);
__hidden void __sha512_final(struct sha512 *, unsigned char [64]);

#endif
