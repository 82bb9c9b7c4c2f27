/* inet: address text conversions and byte order. */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static int rt6(const char *in, const char *want)
{
	unsigned char a[16];
	char buf[64];
	if (inet_pton(AF_INET6, in, a) != 1) return want == NULL;
	if (!inet_ntop(AF_INET6, a, buf, sizeof buf)) return 0;
	if (want && strcmp(buf, want)) printf("  %s -> %s (want %s)\n", in, buf, want);
	return want && !strcmp(buf, want);
}

int main(void)
{
	struct in_addr a;
	char buf[64];
	CHECK(htons(0x1234) == 0x3412 || htons(1) == 1);
	CHECK(ntohl(htonl(0x01020304)) == 0x01020304);
	CHECK(inet_aton("10.1.2.3", &a) && a.s_addr == htonl(0x0a010203));
	CHECK(inet_aton("127.1", &a) && a.s_addr == htonl(0x7f000001));
	CHECK(!inet_aton("1.2.3.256", &a));
	CHECK(inet_addr("192.168.0.1") == htonl(0xc0a80001));
	CHECK(strcmp(inet_ntoa(a), "127.0.0.1") == 0);
	CHECK(inet_pton(AF_INET, "1.2.3.4", &a) == 1 && a.s_addr == htonl(0x01020304));
	CHECK(inet_pton(AF_INET, "1.2.3", &a) == 0);
	CHECK(inet_pton(AF_INET, "01.2.3.4", &a) == 0);
	CHECK(inet_ntop(AF_INET, &a, buf, sizeof buf) && strcmp(buf, "1.2.3.4") == 0);
	CHECK(rt6("::", "::"));
	CHECK(rt6("::1", "::1"));
	CHECK(rt6("1::", "1::"));
	CHECK(rt6("2001:db8::ff00:42:8329", "2001:db8::ff00:42:8329"));
	CHECK(rt6("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"));
	CHECK(rt6("1:0:0:2:0:0:0:3", "1:0:0:2::3"));
	CHECK(rt6("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"));
	CHECK(rt6("1:0:3:4:5:6:7:8", "1:0:3:4:5:6:7:8"));
	CHECK(rt6("::ffff:1.2.3.4", "::ffff:1.2.3.4"));
	CHECK(rt6("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"));
	CHECK(rt6(":::", NULL));
	CHECK(rt6("1:2:3:4:5:6:7:8:9", NULL));
	CHECK(rt6("1::2::3", NULL));
	return fails != 0;
}
