/* wchar_time: wcsftime gives strftime's text, widened, for every conversion; its
 * result must fit with the terminator (else 0); non-ASCII format text survives in
 * C.UTF-8. */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

static int fails;
#define CHECK(c) do { if (!(c)) { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static void same(const char *fmt, const struct tm *tm)
{
	char nb[2048];
	wchar_t wf[128], wb[2048], want[2048];
	size_t i = 0;
	for (; fmt[i]; i++) wf[i] = (unsigned char)fmt[i];
	wf[i] = 0;
	size_t n = strftime(nb, sizeof nb, fmt, tm);
	for (i = 0; i <= n; i++) want[i] = (unsigned char)nb[i];
	size_t w = wcsftime(wb, 2048, wf, tm);
	if (w != n || (n && wcscmp(wb, want))) {
		printf("FAIL wcsftime \"%s\" = %zu \"%ls\", want %zu \"%s\"\n", fmt, w, wb, n, nb);
		fails++;
	}
	/* exactly enough room, and one short (the long format needs more than 256 bytes) */
	if (n) {
		CHECK(wcsftime(wb, n + 1, wf, tm) == n && !wcscmp(wb, want));
		CHECK(wcsftime(wb, n, wf, tm) == 0);
	}
}

int main(void)
{
	struct tm tm = { .tm_year = 124, .tm_mon = 1, .tm_mday = 29, .tm_hour = 13, .tm_min = 5,
	                 .tm_sec = 9, .tm_wday = 4, .tm_yday = 59, .tm_isdst = 0 };
	static const char *const fmts[] = {
		"%a %A %b %B %c", "%C %d %D %e %F", "%g %G %h %H %I %j", "%m %M %n %p %r %R",
		"%S %t %T %u %U %V %w %W", "%x %X %y %Y %%", "plain text", "%Y-%m-%dT%H:%M:%S",
		("%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e"
		 "%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c%c"),
	};
	for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++) same(fmts[i], &tm);
	wchar_t b[64];
	CHECK(wcsftime(b, 64, L"", &tm) == 0);
	CHECK(wcsftime(b, 0, L"%Y", &tm) == 0);
	if (setlocale(LC_ALL, "C.UTF-8")) {
		CHECK(wcsftime(b, 64, L"\u00e9t\u00e9 %Y \u4e00", &tm) == 10 && !wcscmp(b, L"\u00e9t\u00e9 2024 \u4e00"));
		CHECK(wcsftime(b, 10, L"\u00e9t\u00e9 %Y \u4e00", &tm) == 0);
		CHECK(wcsftime(b, 11, L"\u00e9t\u00e9 %Y \u4e00", &tm) == 10);
	} else {
		printf("note: no C.UTF-8 locale: the non-ASCII checks did not run\n");
	}
	printf("%s wchar_time\n", fails ? "FAIL" : "ok");
	return fails != 0;
}
