/* string.h and strings.h: edge cases at every alignment, and glibc's error texts. */
#include <string.h>
#include <strings.h>
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <signal.h>

static int failed, count;

#define CHECK(cond) check(cond, #cond, __LINE__)

static void check(int ok, const char *what, int line)
{
	count++;
	if (!ok) {
		printf("FAIL line %d: %s\n", line, what);
		failed = 1;
	}
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

static void alignments(void)
{
	char buf[300], src[300];
	size_t a, n, i;

	for (i = 0; i < sizeof src; i++)
		src[i] = 'a' + i % 26;
	for (a = 0; a < 16; a++) {
		for (n = 0; n < 70; n++) {
			char *s = src + a, *d = buf + (a * 7) % 16;
			memset(buf, '#', sizeof buf);
			CHECK(memcpy(d, s, n) == d);
			CHECK(!memcmp(d, s, n) && d[n] == '#');
			memset(d, 'x', n);
			for (i = 0; i < n; i++)
				if (d[i] != 'x')
					break;
			CHECK(i == n && d[n] == '#');
			/* strlen and memchr across word boundaries */
			memcpy(d, s, n);
			d[n] = 0;
			CHECK(strlen(d) == n);
			CHECK(strnlen(d, n / 2) == n / 2);
			if (n) {
				CHECK(memchr(d, d[n - 1], n) == strchr(d, d[n - 1]));
				CHECK(strrchr(d, d[0]) == memrchr(d, d[0], n));
			}
			CHECK(memchr(d, '#', n) == 0);
			CHECK(strchr(d, 0) == d + n);
			CHECK(strchrnul(d, '#') == d + n);
		}
	}
	/* memmove both directions with overlap */
	strcpy(buf, "0123456789abcdef");
	memmove(buf + 3, buf, 10);
	CHECK(!strcmp(buf, "0120123456789def"));
	strcpy(buf, "0123456789abcdef");
	memmove(buf, buf + 3, 10);
	CHECK(!strcmp(buf, "3456789abcabcdef"));
	for (a = 0; a < 9; a++) {
		for (i = 0; i < 100; i++)
			src[i] = i;
		memmove(src + a, src, 80);
		for (i = 0; i < 80; i++)
			if (src[a + i] != (char)i)
				break;
		CHECK(i == 80);
	}
}

static void compare(void)
{
	CHECK(strcmp("abc", "abc") == 0);
	CHECK(strcmp("abc", "abd") < 0);
	CHECK(strcmp("abc", "ab") > 0);
	CHECK(strcmp("\x80", "\x7f") > 0);
	CHECK(strncmp("abcx", "abcy", 3) == 0);
	CHECK(strncmp("abc", "abd", 0) == 0);
	CHECK(sign(memcmp("\xff", "\x01", 1)) == 1);
	CHECK(strcasecmp("HeLLo", "hello") == 0);
	CHECK(strcasecmp("a", "B") < 0);
	CHECK(strncasecmp("ABCx", "abcy", 3) == 0);
	CHECK(strcoll("a", "b") < 0);
	CHECK(sign(strverscmp("a1", "a2")) == -1);
	CHECK(sign(strverscmp("a9", "a10")) == -1);
	CHECK(sign(strverscmp("file10", "file9")) == 1);
	CHECK(sign(strverscmp("0.9", "0.10")) == -1);
	CHECK(sign(strverscmp("000", "00")) == -1);
	CHECK(sign(strverscmp("a01", "a1")) == -1);
	CHECK(sign(strverscmp("1.01", "1.001")) == 1);
	CHECK(strverscmp("same", "same") == 0);
}

static void search(void)
{
	const char *h = "the quick brown fox jumps over the lazy dog";
	char big[1000];
	int i;

	CHECK(strstr(h, "fox") == h + 16);
	CHECK(strstr(h, "") == h);
	CHECK(strstr(h, "cat") == 0);
	CHECK(strstr(h, "dog") == h + 40);
	CHECK(strstr("aaaaaaab", "aaab") != 0);
	CHECK(strstr("abababac", "ababac") != 0);
	for (i = 0; i < 999; i++)
		big[i] = 'a';
	big[999] = 0;
	big[990] = 'b';
	CHECK(strstr(big, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab") == big + 959);
	CHECK(strstr(big, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab") == big + 958);
	CHECK(strstr(big, "ba") == big + 990);
	CHECK(strstr(big, "bb") == 0);
	CHECK(strcasestr(h, "QUICK") == h + 4);
	CHECK(memmem(h, strlen(h), "lazy", 4) == h + 35);
	CHECK(memmem(h, 10, "brown", 5) == 0);
	CHECK(strspn("abcabcxyz", "abc") == 6);
	CHECK(strcspn("abcabcxyz", "zy") == 7);
	CHECK(strcspn("abc", "") == 3);
	CHECK(strspn("abc", "") == 0);
	CHECK(strpbrk(h, "xyz") == h + 18);
	CHECK(strpbrk(h, "!") == 0);
	CHECK(index(h, 'q') == h + 4 && rindex(h, 'o') == h + 41);
}

static void copy(void)
{
	char buf[64], *p, *save;
	char tok[] = "  a,b,,c  ";
	char *sep = tok;

	CHECK(stpcpy(buf, "hello") == buf + 5 && !strcmp(buf, "hello"));
	strcat(buf, " world");
	CHECK(!strcmp(buf, "hello world"));
	strncat(buf, "!!!", 1);
	CHECK(!strcmp(buf, "hello world!"));
	memset(buf, 'x', sizeof buf);
	CHECK(strncpy(buf, "ab", 5) == buf && !memcmp(buf, "ab\0\0\0x", 6));
	memset(buf, 'x', sizeof buf);
	CHECK(stpncpy(buf, "abcdef", 3) == buf + 3 && buf[3] == 'x');
	CHECK(memccpy(buf, "abc:def", ':', 7) == buf + 4);
	CHECK((char *)mempcpy(buf, "xyz", 3) == buf + 3);
	p = strdup("dup");
	CHECK(p && !strcmp(p, "dup"));
	free(p);
	p = strndup("duplicate", 3);
	CHECK(p && !strcmp(p, "dup"));
	free(p);
	strcpy(buf, "a b  c");
	CHECK(!strcmp(strtok(buf, " "), "a") && !strcmp(strtok(0, " "), "b") &&
	      !strcmp(strtok(0, " "), "c") && !strtok(0, " "));
	strcpy(buf, ",x,y");
	CHECK(!strcmp(strtok_r(buf, ",", &save), "x") && !strcmp(strtok_r(0, ",", &save), "y") &&
	      !strtok_r(0, ",", &save));
	strcpy(buf, "key value rest of line");
	CHECK(!strcmp(strtok_r(buf, " ", &save), "key") && !strcmp(save, "value rest of line"));
	CHECK(!strcmp(strtok_r(0, " ", &save), "value") && !strcmp(save, "rest of line"));
	strcpy(buf, "last");
	CHECK(!strcmp(strtok_r(buf, " ", &save), "last") && save && !*save && !strtok_r(0, " ", &save));
	CHECK(!strcmp(strsep(&sep, ","), "  a") && !strcmp(strsep(&sep, ","), "b") &&
	      !strcmp(strsep(&sep, ","), "") && !strcmp(strsep(&sep, ","), "c  ") && !sep);
	CHECK(strxfrm(buf, "abc", sizeof buf) == 3 && !strcmp(buf, "abc"));
	bzero(buf, 4);
	CHECK(!buf[0] && !buf[3]);
	explicit_bzero(buf, 8);
	CHECK(!buf[7]);
	CHECK(ffs(0) == 0 && ffs(1) == 1 && ffs(0x80) == 8 && ffs(-2147483647 - 1) == 32);
}

static void errors(void)
{
	CHECK(!strcmp(strerror(0), "Success"));
	CHECK(!strcmp(strerror(ENOENT), "No such file or directory"));
	CHECK(!strcmp(strerror(EACCES), "Permission denied"));
	CHECK(!strcmp(strerror(EEXIST), "File exists"));
	CHECK(!strcmp(strerror(ENOTDIR), "Not a directory"));
	CHECK(!strcmp(strerror(EISDIR), "Is a directory"));
	CHECK(!strcmp(strerror(ENOSPC), "No space left on device"));
	CHECK(!strcmp(strerror(EPIPE), "Broken pipe"));
	CHECK(!strcmp(strerror(ENOTEMPTY), "Directory not empty"));
	CHECK(!strcmp(strerror(EINVAL), "Invalid argument"));
	CHECK(!strcmp(strerror(ELOOP), "Too many levels of symbolic links"));
	CHECK(!strcmp(strerror(EAGAIN), "Resource temporarily unavailable"));
	CHECK(!strcmp(strerror(ENOTSUP), "Operation not supported"));
	CHECK(!strcmp(strerror(EHWPOISON), "Memory page has hardware error"));
	CHECK(!strcmp(strerror(41), "Unknown error 41"));
	CHECK(!strcmp(strerror(58), "Unknown error 58"));
	CHECK(!strcmp(strerror(134), "Unknown error 134"));
	CHECK(!strcmp(strerror(9999), "Unknown error 9999"));
	CHECK(!strcmp(strerror(-3), "Unknown error -3"));
	CHECK(!strcmp(strsignal(SIGINT), "Interrupt"));
	CHECK(!strcmp(strsignal(SIGSEGV), "Segmentation fault"));
	CHECK(!strcmp(strsignal(SIGTERM), "Terminated"));
	CHECK(!strcmp(strsignal(SIGCHLD), "Child exited"));
	CHECK(!strcmp(strsignal(SIGRTMIN + 2), "Real-time signal 2"));
	CHECK(!strcmp(strsignal(99), "Unknown signal 99"));
}

int main(void)
{
	alignments();
	compare();
	search();
	copy();
	errors();
	printf("%s %d string checks\n", failed ? "FAIL" : "ok", count);
	return failed;
}
