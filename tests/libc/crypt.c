/* crypt: the $1$, $5$ and $6$ password hashes against reference values, custom
 * rounds, long keys, and failure on unknown settings. */
#include <crypt.h>
#include <stdio.h>
#include <string.h>

static int fails;

static void t(const char *key, const char *setting, const char *want)
{
	const char *got = crypt(key, setting);
	if (got && !strcmp(got, want)) printf("ok %s\n", setting);
	else {
		printf("FAIL crypt(\"%s\", \"%s\") = %s\n", key, setting, got ? got : "(null)");
		fails++;
	}
}

int main(void)
{
	t("Hello world!", "$5$saltstring", "$5$saltstring$5B8vYYiY.CVt1RlTTf8KbXBH3hsxY/GNooZaBBGWEc5");
	t("Hello world!", "$6$saltstring",
		"$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1");
	t("Hello world!", "$5$rounds=10000$saltstringsaltstring",
		"$5$rounds=10000$saltstringsaltst$3xv.VbSHBb41AL9AvLeujZkZRBAwqFMz2.opqey6IcA");
	t("Hello world!", "$6$rounds=10000$saltstringsaltstring",
		"$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v.");
	t("password", "$1$abcdefgh", "$1$abcdefgh$G//4keteveJp0qb8z2DxG/");
	t("a much longer password than sixty-four bytes, to cover the repeat loops ok", "$6$rounds=1000$salty",
		"$6$rounds=1000$salty$vQoWJqzhWaJm0furF1HfKR1cI.FTnpY38vTXLgR1kJDpbshG8oqZKthsVXUCIyoNs86ghG48SmhID1KyjqKJ3/");
	/* Verifying: hashing with the stored hash as setting reproduces it. */
	const char *stored = "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1";
	t("Hello world!", stored, stored);
	const char *bad = crypt("x", "$9$unknown");
	if (!bad || bad[0] == '*') printf("ok unknown setting fails\n");
	else { printf("FAIL unknown setting: %s\n", bad); fails++; }
	return fails != 0;
}
