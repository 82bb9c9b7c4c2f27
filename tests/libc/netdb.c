/* netdb: getaddrinfo for numeric hosts, localhost and the wildcard, numeric
 * services; getnameinfo numeric; a socketpair round trip. */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

int main(void)
{
	struct addrinfo hint = { .ai_family = AF_INET, .ai_socktype = SOCK_STREAM }, *r;
	CHECK(getaddrinfo("10.1.2.3", "80", &hint, &r) == 0);
	struct sockaddr_in *in = (struct sockaddr_in *)r->ai_addr;
	CHECK(r->ai_family == AF_INET && ntohs(in->sin_port) == 80
		&& in->sin_addr.s_addr == htonl(0x0a010203) && r->ai_next == NULL);
	freeaddrinfo(r);
	hint.ai_flags = AI_PASSIVE;
	CHECK(getaddrinfo(NULL, "8080", &hint, &r) == 0
		&& ((struct sockaddr_in *)r->ai_addr)->sin_addr.s_addr == 0);
	freeaddrinfo(r);
	hint.ai_flags = 0;
	CHECK(getaddrinfo("localhost", NULL, &hint, &r) == 0
		&& ((struct sockaddr_in *)r->ai_addr)->sin_addr.s_addr == htonl(0x7f000001));
	freeaddrinfo(r);
	hint.ai_family = AF_INET6;
	CHECK(getaddrinfo("::1", "22", &hint, &r) == 0 && r->ai_family == AF_INET6);
	char host[64], serv[16];
	CHECK(getnameinfo(r->ai_addr, r->ai_addrlen, host, sizeof host, serv, sizeof serv,
		NI_NUMERICHOST | NI_NUMERICSERV) == 0 && !strcmp(host, "::1") && !strcmp(serv, "22"));
	freeaddrinfo(r);
	hint.ai_flags = AI_NUMERICHOST;
	hint.ai_family = AF_UNSPEC;
	CHECK(getaddrinfo("not-numeric.invalid", NULL, &hint, &r) == EAI_NONAME);
	CHECK(gai_strerror(EAI_NONAME) != NULL);

	int sv[2];
	char buf[8] = { 0 };
	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	CHECK(send(sv[0], "ping", 4, 0) == 4 && recv(sv[1], buf, sizeof buf, 0) == 4
		&& !strcmp(buf, "ping"));
	close(sv[0]);
	close(sv[1]);
	return fails != 0;
}
