/* tr - translate, squeeze or delete bytes
 *
 * APPLET(tr, USR_BIN)
 * usage: tr [-cCdst] SET1 [SET2]
 *
 * Copy standard input to standard output, replacing bytes of SET1 by the bytes at
 * the same position in SET2 (whose last byte repeats to SET1's length).
 * A set is a string of bytes with these forms:
 *   a-z        the bytes from a to z, ascending
 *   \NNN       a byte in octal; \\ \a \b \f \n \r \t \v as in C; \X is X
 *   [:CLASS:]  alnum alpha blank cntrl digit graph lower print punct space upper
 *              xdigit; in SET2 only lower and upper, to convert case
 *   [=C=]      the byte C
 *   [C*N]      N copies of C (octal with a leading 0); [C*] in SET2 fills it
 *
 * -c, -C  use the complement of SET1, in ascending order (--complement)
 * -d      delete the bytes of SET1 (--delete)
 * -s      squeeze a run of one byte of the last SET given into one (--squeeze-repeats)
 * -t      first truncate SET1 to the length of SET2 (--truncate-set1)
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

enum { BUFSZ = 128 << 10 };

struct set {
	unsigned char *c;
	size_t len, cap;
	long fill;	/* position of [C*], -1 if none */
	int fill_c;
	int has_class;	/* classes other than lower/upper appear */
	int has_equiv;	/* [=C=] appears */
};

static void add(struct set *s, int c)
{
	if (s->len == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 256;
		s->c = xrealloc(s->c, s->cap);
	}
	s->c[s->len++] = (unsigned char)c;
}

static int in_class(const char *name, size_t len, int c)
{
#define IS(n) (len == sizeof n - 1 && !memcmp(name, n, len))
	int lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
	int digit = c >= '0' && c <= '9';
	if (IS("alpha")) return lower || upper;
	if (IS("digit")) return digit;
	if (IS("alnum")) return lower || upper || digit;
	if (IS("lower")) return lower;
	if (IS("upper")) return upper;
	if (IS("space")) return c == ' ' || (c >= '\t' && c <= '\r');
	if (IS("blank")) return c == ' ' || c == '\t';
	if (IS("cntrl")) return c < 0x20 || c == 0x7f;
	if (IS("print")) return c >= 0x20 && c < 0x7f;
	if (IS("graph")) return c > 0x20 && c < 0x7f;
	if (IS("punct")) return c > 0x20 && c < 0x7f && !(lower || upper || digit);
	if (IS("xdigit")) return digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	return -1;
#undef IS
}

/* One possibly escaped byte at *p. */
static int get_char(const char **p)
{
	const char *s = *p;
	if (*s != '\\' || !s[1]) {
		*p = s + 1;
		return (unsigned char)*s;
	}
	s++;
	int c = (unsigned char)*s++;
	switch (c) {
	case 'a': c = '\a'; break;
	case 'b': c = '\b'; break;
	case 'f': c = '\f'; break;
	case 'n': c = '\n'; break;
	case 'r': c = '\r'; break;
	case 't': c = '\t'; break;
	case 'v': c = '\v'; break;
	default:
		if (c >= '0' && c <= '7') {
			c -= '0';
			for (int i = 0; i < 2 && *s >= '0' && *s <= '7'; i++)
				c = c * 8 + (*s++ - '0');
			c &= 0xff;
		}
	}
	*p = s;
	return c;
}

static int parse_set(const char *arg, struct set *s, int is_set2)
{
	const char *p = arg;
	s->fill = -1;
	while (*p) {
		if (p[0] == '[' && p[1] == ':') {
			const char *e = strstr(p + 2, ":]");
			if (e) {
				size_t len = e - (p + 2);
				if (in_class(p + 2, len, 'a') < 0) {
					warn_msg("invalid character class '%.*s'", (int)len, p + 2);
					return -1;
				}
				if (!(len == 5 && (!memcmp(p + 2, "lower", 5) || !memcmp(p + 2, "upper", 5))))
					s->has_class = 1;
				for (int c = 0; c < 256; c++)
					if (in_class(p + 2, len, c) > 0)
						add(s, c);
				p = e + 2;
				continue;
			}
		}
		if (p[0] == '[' && p[1] == '=' && p[2] && p[3] == '=' && p[4] == ']') {
			add(s, (unsigned char)p[2]);
			s->has_equiv = 1;
			p += 5;
			continue;
		}
		if (p[0] == '[' && p[1]) {
			/* [c*n] */
			const char *q = p + 1;
			int c = get_char(&q);
			if (*q == '*') {
				const char *n = q + 1, *e = strchr(n, ']');
				if (e && strspn(n, "0123456789") == (size_t)(e - n)) {
					if (!is_set2) {
						warn_msg("the [c*] repeat construct may not appear in string1");
						return -1;
					}
					unsigned long long count = 0;
					int base = *n == '0' ? 8 : 10;
					for (; n < e; n++) {
						if (base == 8 && *n > '7') {
							warn_msg("invalid repeat count '%.*s' in [c*n] construct",
								(int)(e - q - 1), q + 1);
							return -1;
						}
						count = count * base + (*n - '0');
						if (count > (1u << 30))
							count = 1u << 30;
					}
					if (e == q + 1 || count == 0) {
						if (s->fill >= 0) {
							warn_msg("only one [c*] repeat construct may appear in string2");
							return -1;
						}
						s->fill = s->len;
						s->fill_c = c;
					} else {
						while (count--)
							add(s, c);
					}
					p = e + 1;
					continue;
				}
			}
		}
		int c = get_char(&p);
		if (p[0] == '-' && p[1]) {
			const char *q = p + 1;
			int d = get_char(&q);
			if (d < c) {
				warn_msg("range-endpoints of '%c-%c' are in reverse collating sequence order", c, d);
				return -1;
			}
			for (int x = c; x <= d; x++)
				add(s, x);
			p = q;
			continue;
		}
		add(s, c);
	}
	return 0;
}

int tr_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "c(complement)Cd(delete)s(squeeze-repeats)t(truncate-set1)");
	int c, comp = 0, del = 0, squeeze = 0, trunc = 0;
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'c': case 'C': comp = 1; break;
		case 'd': del = 1; break;
		case 's': squeeze = 1; break;
		case 't': trunc = 1; break;
		default: return usage();
		}
	}
	argc -= o.ind;
	argv += o.ind;
	int need = del == squeeze ? 2 : 1;
	int translating = !del && argc >= 2;
	if (argc < need) {
		if (!argc)
			warn_msg("missing operand");
		else
			warn_msg("missing operand after '%s'", argv[argc - 1]);
		return usage();
	}
	if (argc > 2 || (del && !squeeze && argc > 1)) {
		warn_msg("extra operand '%s'", argv[del && !squeeze ? 1 : 2]);
		return usage();
	}
	struct set s1 = { 0 }, s2 = { 0 };
	if (parse_set(argv[0], &s1, 0) || (argc > 1 && parse_set(argv[1], &s2, 1)))
		return 1;
	unsigned char in1[256] = { 0 };
	for (size_t i = 0; i < s1.len; i++)
		in1[s1.c[i]] = 1;
	if (comp) {
		s1.len = 0;
		for (int x = 0; x < 256; x++)
			if (!in1[x])
				add(&s1, x);
		memset(in1, 0, sizeof in1);
		for (size_t i = 0; i < s1.len; i++)
			in1[s1.c[i]] = 1;
	}
	unsigned char map[256];
	for (int x = 0; x < 256; x++)
		map[x] = (unsigned char)x;
	if (translating) {
		if (s2.fill >= 0) {
			/* [c*] fills SET2 up to SET1's length */
			size_t want = s1.len > s2.len ? s1.len - s2.len : 0;
			struct set t = { 0 };
			t.has_class = s2.has_class;
			t.has_equiv = s2.has_equiv;
			for (size_t i = 0; i < (size_t)s2.fill; i++)
				add(&t, s2.c[i]);
			for (size_t i = 0; i < want; i++)
				add(&t, s2.fill_c);
			for (size_t i = s2.fill; i < s2.len; i++)
				add(&t, s2.c[i]);
			s2 = t;
		}
		if (!s2.len && s1.len) {
			warn_msg("when not truncating set1, string2 must be non-empty");
			return 1;
		}
		if (s2.has_equiv) {
			warn_msg("[=c=] expressions may not appear in string2 when translating");
			return 1;
		}
		if (s2.has_class) {
			warn_msg("when translating, the only character classes that may appear in string2 are 'upper' and 'lower'");
			return 1;
		}
		size_t n = s1.len;
		if (trunc && n > s2.len)
			n = s2.len;
		for (size_t i = 0; i < n; i++)
			map[s1.c[i]] = s2.c[i < s2.len ? i : s2.len - 1];
	}
	/* the set whose repeats -s squeezes */
	unsigned char sq[256] = { 0 };
	if (squeeze) {
		struct set *s = argc > 1 ? &s2 : &s1;
		for (size_t i = 0; i < s->len; i++)
			sq[s->c[i]] = 1;
		if (argc > 1 && s2.fill >= 0)
			sq[(unsigned char)s2.fill_c] = 1;
	}
	unsigned char *in = xmalloc(BUFSZ), *out = xmalloc(BUFSZ);
	int last = -1;
	for (;;) {
		ssize_t n = safe_read(0, in, BUFSZ);
		if (n < 0) {
			warn_errno("read error");
			return 1;
		}
		if (n == 0)
			break;
		size_t k = 0;
		if (!del && !squeeze) {
			for (ssize_t i = 0; i < n; i++)
				out[i] = map[in[i]];
			k = n;
		} else {
			for (ssize_t i = 0; i < n; i++) {
				int ch = in[i];
				if (del && in1[ch])
					continue;
				ch = map[ch];
				if (squeeze && sq[ch] && ch == last)
					continue;
				last = ch;
				out[k++] = (unsigned char)ch;
			}
		}
		if (full_write(1, out, k) < 0) {
			if (errno != EPIPE)
				warn_errno("write error");
			return 1;
		}
	}
	return 0;
}
