/* printf family against the values glibc prints (generated from glibc, checked here
 * against whichever libc this is built with). */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <sys/types.h>

#pragma GCC diagnostic ignored "-Wpragmas"
#pragma GCC diagnostic ignored "-Wunknown-warning-option"
#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-truncation"
#pragma GCC diagnostic ignored "-Wformat-overflow"
#pragma GCC diagnostic ignored "-Wformat-extra-args"

static int failed, count;

#define T(n, want, ...) check(__LINE__, n, want, snprintf(buf, sizeof buf, __VA_ARGS__))

static char buf[4096];

static void check(int line, int wantn, const char *want, int n)
{
	count++;
	if (n != wantn || strcmp(buf, want)) {
		printf("FAIL line %d: got %d \"%s\" want %d \"%s\"\n", line, n, buf, wantn, want);
		failed = 1;
	}
}

static void table(void)
{
	T(15, "0|-1|4000000000", "%d|%i|%u", 0, -1, 4000000000u);
	T(29, "   42|42   |-0042|+7| 7|+0007", "%5d|%-5d|%05d|%+d|% d|%+05d", 42, 42, -42, 7, 7, 7);
	T(20, "005||     |-005  |0|", "%.3d|%.0d|%5.0d|%-+6.3d|%#.0o|%.0x", 5, 0, 0, -5, 0, 0);
	T(15, "44|44|4464|4464", "%hhd|%hhu|%hd|%hu", 300, 300, 70000, 70000);
	T(65, "-9223372036854775808|18446744073709551615|-1|18446744073709551615", "%ld|%lu|%lld|%llu", -9223372036854775807L - 1, 18446744073709551615UL, -1LL, 18446744073709551615ULL);
	T(11, "-5|17|-3|-9", "%jd|%zu|%zd|%td", (intmax_t)-5, (size_t)17, (ssize_t)-3, (ptrdiff_t)-9);
	T(44, "10|010|ff|0xff|FF|0XFF|  0xf|0x00f|0xf     |", "%o|%#o|%x|%#x|%X|%#X|%#5x|%#05x|%-#8x|", 8, 8, 255, 255, 255, 255, 15, 15, 15);
	T(13, "0|0|010|0x001", "%#o|%#x|%#.3o|%#.3x", 0, 0, 8, 1);
	T(36, "00000010|00000|     010|-0001|0x0008", "%#08o|%#05o|%#8o|%05d|%#06x", 8, 0, 8, -1, 8);
	T(11, "a|  b|c  |%", "%c|%3c|%-3c|%%", 'a', 'b', 'c');
	T(36, "abc|       abc|abc       |ab|    a||", "%s|%10s|%-10s|%.2s|%5.1s|%.0s|", "abc", "abc", "abc", "abc", "abc", "abc");
	T(19, "(null)||    (null)|", "%s|%.3s|%10s|", (char *)0, (char *)0, (char *)0);
	T(48, "(nil)|               (nil)|(nil)               |", "%p|%20p|%-20p|", (void *)0, (void *)0, (void *)0);
	T(29, "0x7fff1234|        0xdeadbeef", "%p|%18p", (void *)0x7fff1234, (void *)0xdeadbeef);
	T(28, "     1|1     |0001|     001|", "%*d|%-*d|%.*d|%*.*d|", 6, 1, 6, 1, 4, 1, 8, 3, 1);
	T(9, "1     |1|", "%*d|%.*d|", -6, 1, -4, 1);
	T(56, "3.141590|2.500000|1.234568e+03|1.230000E-04|100000|1E-05", "%f|%F|%e|%E|%g|%G", 3.14159, 2.5, 1234.5678, 0.000123, 100000.0, 1e-5);
	T(12, "0|2|2|4|-0|0", "%.0f|%.0f|%.0f|%.0f|%.0f|%.0f", 0.5, 1.5, 2.5, 3.5, -0.5, 0.49999999999999994);
	T(18, "0.2|0.12|0.001|0.1", "%.1f|%.2f|%.3f|%.1f", 0.25, 0.125, 0.0005, 0.05);
	T(59, "0.10000000000000000555|1.000000000000000055511151231258e-01", "%.20f|%.30e", 0.1, 0.1);
	T(30, "0.000000|0.000000e+00|0|0x0p+0", "%f|%e|%g|%a", 0.0, 0.0, 0.0, 0.0);
	T(34, "-0.000000|-0.000000e+00|-0|-0x0p+0", "%f|%e|%g|%a", -0.0, -0.0, -0.0, -0.0);
	T(41, "inf|-INF|inf|-inf|inf|  inf|inf   |  -inf", "%f|%F|%e|%g|%a|%5.1f|%-6f|%06f", 1.0/0.0, -1.0/0.0, 1.0/0.0, -1.0/0.0, 1.0/0.0, 1.0/0.0, 1.0/0.0, -1.0/0.0);
	/* NaNs of either sign, spelt out: the sign of 0.0/0.0 depends on the CPU (x86's
	   default NaN has it, arm64's has not) and on whether the compiler folds it. */
	T(24, "-nan|-NAN|-NAN|-NAN|-NAN", "%f|%F|%E|%G|%A", -__builtin_nan(""), -__builtin_nan(""), -__builtin_nan(""), -__builtin_nan(""), -__builtin_nan(""));
	T(15, "nan|NAN|nan|nan", "%f|%F|%e|%a", __builtin_nan(""), __builtin_nan(""), __builtin_nan(""), __builtin_nan(""));
	T(54, "0.0001|1e-05|123456|1.23457e+06|0.000123457|1e+100|100", "%g|%g|%g|%g|%g|%g|%g", 1e-4, 1e-5, 123456.0, 1234567.0, 0.0001234567, 1e100, 100.0);
	T(24, "1.00000|100.|3.|3.e+00|0", "%#g|%#.3g|%#.0f|%#.0e|%#x", 1.0, 100.0, 3.0, 3.0, 0);
	T(48, "0.667|0.6666666667|0.10000000000000001|2e+01|0.9", "%.3g|%.10g|%.17g|%.0g|%.1g", 2.0/3, 2.0/3, 0.1, 15.5, 0.95);
	T(50, "1.000000e+300|1.000000e-300|4.940656e-324|9.99e+00", "%e|%e|%e|%.2e", 1e300, 1e-300, 4.9406564584124654e-324, 9.995);
	T(308, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000", "%f", 1e300);
	T(65, "0.000000000000000|1.7976931348623157e+308|4.9406564584124654e-324", "%.15f|%.17g|%.17g", 2.2250738585072014e-308, 1.7976931348623157e308, 4.9406564584124654e-324);
	/* Either side of the range printf expands with 128-bit arithmetic (below 2^64,
	 * fractions of up to 124 bits) rather than big numbers; ties. */
	T(101, "18446744073709549568|1.8446744073709552e+19|4.235e-22|4.7019774032891500319e-38|4503599627370498|1.00", "%.0f|%.17g|%.3e|%.20g|%.0f|%.2f", 18446744073709549568.0, 18446744073709551616.0, 0x1.fffffffffffffp-72, 0x1p-124, 4503599627370497.5, 1.005);
	T(87, "4.2351647362715012251438722e-22|0.000000000000000000000635274710|123456|0.2|2e+00|1e+15", "%.25e|%.30f|%.6g|%.1f|%.0e|%g", 0x1.fffffffffffffp-72, 0x1.8p-71, 123456.5, 0.25, 2.5, 1e15);
	T(71, "0x1p+0|-0x1.4p+1|0x1.999999999999ap-4|0x0.00000000007e8p-1022|0X1.FEP+7", "%a|%a|%a|%a|%A", 1.0, -2.5, 0.1, 1e-320, 255.0);
	T(80, "0x2p+0|0x1.cp+0|0x1.9ap-4|0x1.000p+0|0x1.999999999999ap-4|0x1.999999999999a00p-4", "%.0a|%.1a|%.2a|%.3a|%.13a|%.15a", 1.5, 1.75, 0.1, 1.0, 0.1, 0.1);
	T(52, "0x1.000p+0|0x1p+0      |0x0000001p+0|+0x1p+0| 0x1p+0", "%10.3a|%-12a|%012a|%+a|% a", 1.0, 1.0, 1.0, 1.0, 1.0);
#if __LDBL_MANT_DIG__ == 64
	T(32, "1.500000|1.500000e+00|1.5|0xcp-3", "%Lf|%Le|%Lg|%La", 1.5L, 1.5L, 1.5L, 1.5L);
	T(89, "0.100000000000000000001355252716|9.9999999999999999998725766e-4001|0xc.ccccccccccccccdp-7", "%.30Lf|%.25Le|%La", 0.1L, 1e-4000L, 0.1L);
#elif __LDBL_MANT_DIG__ == 113
	/* IEEE binary128 (aarch64), from glibc there */
	T(34, "1.500000|1.500000e+00|1.5|0x1.8p+0", "%Lf|%Le|%Lg|%La", 1.5L, 1.5L, 1.5L, 1.5L);
	T(102, "0.100000000000000000000000000000|1.0000000000000000000000000e-4000|0x1.999999999999999999999999999ap-4", "%.30Lf|%.25Le|%La", 0.1L, 1e-4000L, 0.1L);
	T(167, "0.100000000000000000000000000000000005|1.1897314953572317650857593266280070161965e+4932|0x1.ffffffffffffffffffffffffffffp+16383|0x0.0000000000000000000000000001p-16382", "%.36Lg|%.40Le|%La|%La", 0.1L, __LDBL_MAX__, __LDBL_MAX__, __LDBL_DENORM_MIN__);
	T(68, "0x1.9999999999999999999ap-4|0x1.000p+0|0x2p+0|-0X1P-16382|0x1p-16382", "%.20La|%.3La|%.0La|%LA|%La", 0.1L, 1.0L + __LDBL_EPSILON__ * 3, 1.5L, -__LDBL_MIN__, 0x1.ffffffffffffffffffffffffffffp-16383L);
	T(35, "-0|inf|-inf|nan|-NAN|6.475175e-4966", "%Lg|%Lf|%La|%Lf|%LF|%Le", -0.0L, (long double)(1.0/0.0), -(long double)(1.0/0.0), (long double)__builtin_nan(""), -(long double)__builtin_nan(""), __LDBL_DENORM_MIN__);
	T(102, "0.6666666666666666666666666666666666345678|0.66666666666666663|100000000000000000000000000000000000000", "%.40Lg|%.17g|%.0Lf", 2.0L/3, 2.0/3, 1e38L);
#endif
	T(49, "1e+4000|1.18973e+4932|3.3621031431120935063e-4932", "%Lg|%Lg|%.20Lg", 1e4000L, 1.18973149535723176502e+4932L, 3.36210314311209350626e-4932L);
	T(59, "    3.1416|3.14e+04  |+0.000314| 2.00|-00003.142|+03.14e+04", "%10.4f|%-10.2e|%+.3g|% .2f|%010.3f|%+010.2e", 3.14159, 31415.9, 0.000314159, 2.0, -3.14159, 31415.9);
	T(42, "0.0000000000000000000000000000010000000000", "%.40f", 1e-30);
	T(15, "  abc|abc  |xyz", "%5.3s|%-5.3s|%c%c%c", "abcdef", "abcdef", 'x', 'y', 'z');
	T(15, "wide|w|   ab|ab", "%ls|%lc|%5ls|%.2ls", L"wide", L'w', L"ab", L"abcd");
	T(18, "3    |s    |c    |", "%-5d|%-5s|%-5c|", 3, "s", 'c');
	T(7, "5|5|5|5", "%+u|% u|%+x|% o", 5u, 5u, 5u, 5u);
	T(41, "77777777777777777777|fedcba9876543210|ABC", "%lo|%lx|%llX", 077777777777777777777UL, 0xfedcba9876543210UL, 0xABCULL);
	T(15, "1234567|1234.50", "%'d|%'.2f", 1234567, 1234.5);
	T(102, "1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "%.100f", 1.0);
	T(28, "0x1.p+0|0x1.p-1|1e+04|1.e+04", "%#.0a|%#a|%.0e|%#.0g", 1.0, 0.5, 12345.0, 12345.0);
	T(24, "1e-05|0.0001|1e+06|1e+07", "%g|%g|%g|%g", 0.00001, 0.0001, 999999.5, 9999995.0);
	T(19, "1.00|1.01|1.02|2.67", "%.2f|%.2f|%.2f|%.2f", 1.005, 1.015, 1.025, 2.675);
	T(29, "1.000e+00|1.001e+00|9.999e+00", "%.3e|%.3e|%.3e", 1.0005, 1.00050000001, 9.9995);
}

static void other(void)
{
	char small[8], *p = 0;
	int n1 = 0, n2 = 0;
	long long nl = 0;
	signed char nh = 0;

	/* Truncation still reports the full length and terminates. */
	n1 = snprintf(small, sizeof small, "%s-%d", "abcdef", 12345);
	if (n1 != 12 || strcmp(small, "abcdef-")) {
		printf("FAIL snprintf truncation %d %s\n", n1, small);
		failed = 1;
	}
	if (snprintf(0, 0, "%d", 123456) != 6) {
		printf("FAIL snprintf(0, 0)\n");
		failed = 1;
	}
	sprintf(buf, "ab%ncd%lln%hhn|%d", &n1, &nl, &nh, 5);
	if (n1 != 2 || nl != 4 || nh != 4 || strcmp(buf, "abcd|5")) {
		printf("FAIL %%n: %d %lld %d %s\n", n1, nl, nh, buf);
		failed = 1;
	}
	if (asprintf(&p, "%s=%d", "x", 42) != 4 || strcmp(p, "x=42")) {
		printf("FAIL asprintf\n");
		failed = 1;
	}
	free(p);
	n2 = sprintf(buf, "%0*d|%-*s|", 5, 42, 3, "a");
	if (n2 != 10 || strcmp(buf, "00042|a  |")) {
		printf("FAIL star: %s\n", buf);
		failed = 1;
	}
	count += 5;
}

int main(void)
{
	table();
	other();
	printf("%s %d printf checks\n", failed ? "FAIL" : "ok", count);
	return failed;
}
