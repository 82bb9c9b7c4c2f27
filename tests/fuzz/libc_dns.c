/* Fuzz target: the stub resolver's reply parser (libc/src/network/dns.c).
 *
 * The parser is a static function of dns.c, with no entry point of its own (the libc
 * has no dn_expand), so this target includes dns.c whole and calls parse() directly;
 * the rest of the file comes along unused. Input: a control byte (bit 0: AAAA rather
 * than A; bit 1: a wrong query id; bits 2-4: how many addresses the caller has room
 * for, 0-7), then the reply, which ends at an unmapped page. Invariants:
 * - the result is -1 or between 0 and the room given; nothing past the addresses
 *   returned is written (on -1, nothing past the room given);
 * - each address has the family asked for and its bytes occur in the reply;
 * - a reply whose id differs from the query's is refused (-1). */
#include "../../libc/src/network/dns.c"
#include <stdint.h>
#include "libc_fuzz.h"

#define FAIL(what) fuzz_fail("fuzz-dns", what)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!size) return 0;
	int ctl = data[0];
	int type = ctl & 1 ? 28 : 1, max = ctl >> 2 & 7;
	data++, size--;
	if (size > 1500) size = 1500;
	const unsigned char *r = (const unsigned char *)fuzz_guarded(0, data, size, 0);
	unsigned id = size >= 2 ? (unsigned)(r[0] << 8 | r[1]) : 0;
	if (ctl & 2) id ^= 0x5a5a;
	struct address out[9];
	memset(out, 0xa5, sizeof out);
	int n = parse(r, (int)size, id, type, out, max);
	if (n < -1 || n > max) FAIL("result out of range");
	if ((ctl & 2) && size >= 12 && n != -1) FAIL("a reply with the wrong id is accepted");
	for (int i = 0; i < n; i++) {
		int fam = type == 1 ? AF_INET : AF_INET6, alen = type == 1 ? 4 : 16;
		if (out[i].family != fam) FAIL("address of the wrong family");
		int found = 0;
		for (size_t j = 12; j + alen <= size && !found; j++)
			found = !memcmp(r + j, out[i].addr, alen);
		if (!found) FAIL("address bytes not taken from the reply");
	}
	/* A refused reply (-1) may have filled entries, but only within the room given. */
	size_t used = n < 0 ? (size_t)max : (size_t)n;
	const unsigned char *u = (const unsigned char *)&out[used];
	for (size_t j = 0; j < sizeof out - used * sizeof *out; j++)
		if (u[j] != 0xa5) FAIL("parse writes past the addresses it returns");
	return 0;
}
