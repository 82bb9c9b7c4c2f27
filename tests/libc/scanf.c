/* sscanf and fscanf: integers in every base, strings, sets, %n, %c, floats, failures. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

static int failed, count;

static void check(int ok, const char *what, int line)
{
	count++;
	if (!ok) {
		printf("FAIL line %d: %s\n", line, what);
		failed = 1;
	}
}

#define CHECK(cond) check(cond, #cond, __LINE__)

int main(void)
{
	int a = 0, b = 0, c = 0, n = 0;
	unsigned u = 0;
	long l = 0;
	long long ll = 0;
	short h = 0;
	char s1[32] = "", s2[32] = "", ch[4] = "";
	double d = 0;
	float f = 0;
	void *p = 0;
	char path[64];
	FILE *fp;

	CHECK(sscanf("12 -34 +56", "%d %d %d", &a, &b, &c) == 3 && a == 12 && b == -34 && c == 56);
	CHECK(sscanf("0x1f 017 10", "%i %i %i", &a, &b, &c) == 3 && a == 31 && b == 15 && c == 10);
	CHECK(sscanf("ff 777 zz", "%x %o %x", &a, &b, &c) == 2 && a == 255 && b == 511);
	CHECK(sscanf("4294967295", "%u", &u) == 1 && u == 4294967295u);
	CHECK(sscanf("-9000000000 123456789012", "%ld %lld", &l, &ll) == 2 && l == -9000000000L &&
	      ll == 123456789012LL);
	CHECK(sscanf("70000", "%hd", &h) == 1 && h == 4464);
	CHECK(sscanf("12345", "%3d%d", &a, &b) == 2 && a == 123 && b == 45);
	CHECK(sscanf("hello world", "%s %s", s1, s2) == 2 && !strcmp(s1, "hello") && !strcmp(s2, "world"));
	CHECK(sscanf("hello", "%3s", s1) == 1 && !strcmp(s1, "hel"));
	CHECK(sscanf("abc123def", "%[a-z]%[0-9]", s1, s2) == 2 && !strcmp(s1, "abc") && !strcmp(s2, "123"));
	CHECK(sscanf("key=value;rest", "%[^=]=%[^;]", s1, s2) == 2 && !strcmp(s1, "key") &&
	      !strcmp(s2, "value"));
	CHECK(sscanf("]x-", "%[]x-]", s1) == 1 && !strcmp(s1, "]x-"));
	CHECK(sscanf(" xyz", "%c%2c", ch, ch + 1) == 2 && ch[0] == ' ' && ch[1] == 'x' && ch[2] == 'y');
	CHECK(sscanf("12 34", "%d%n %*d%n", &a, &b, &c) == 1 && b == 2 && c == 5);
	CHECK(sscanf("3.25 -1e3 0x1p4 inf", "%lf %f %lf %lf", &d, &f, &d, &d) == 4 && f == -1000.0f &&
	      d > 1e308);
	CHECK(sscanf("2.5e", "%lf", &d) == 1 && d == 2.5);
	CHECK(sscanf("100%", "%d%%", &a) == 1 && a == 100);
	CHECK(sscanf("a", "%d", &a) == 0);
	CHECK(sscanf("", "%d", &a) == EOF);
	CHECK(sscanf("   ", "%s", s1) == EOF);
	CHECK(sscanf("5 x", "%d %d", &a, &b) == 1);
	CHECK(sscanf("date: 2024-01-02", "date: %d-%d-%d", &a, &b, &c) == 3 && a == 2024 && c == 2);
	CHECK(sscanf("0x", "%x%n", &a, &n) == 1 && a == 0 && n == 2);
	CHECK(sscanf("-", "%d", &a) == 0);
	CHECK(sscanf("0x10", "%p", &p) == 1 && p == (void *)16);

	snprintf(path, sizeof path, "/tmp/ring3-scanf-%d", (int)getpid());
	fp = fopen(path, "w+");
	CHECK(fp != 0);
	fputs("10 20 word\n30\n", fp);
	rewind(fp);
	CHECK(fscanf(fp, "%d %d %31s", &a, &b, s1) == 3 && a == 10 && b == 20 && !strcmp(s1, "word"));
	CHECK(fscanf(fp, "%d", &c) == 1 && c == 30);
	CHECK(fscanf(fp, "%d", &c) == EOF);
	fclose(fp);
	remove(path);

	printf("%s %d scanf checks\n", failed ? "FAIL" : "ok", count);
	return failed;
}
