/* getopt and getopt_long: permutation, clusters, arguments, errors, '+' and ':'. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int failed;

/* Runs a parse over the words of line and renders what came back. */
static void run(const char *name, const char *opts, const struct option *lo, char *line,
		const char *want)
{
	char *argv[32], got[512] = "", *p;
	int argc = 0, c, idx = -1;

	for (p = strtok(line, " "); p; p = strtok(0, " "))
		argv[argc++] = p;
	argv[argc] = 0;
	optind = 0;
	opterr = 0;
	while ((c = lo ? getopt_long(argc, argv, opts, lo, &idx) : getopt(argc, argv, opts)) != -1) {
		char item[64];
		snprintf(item, sizeof item, "%c%s%s,", c ? c : '0', optarg ? "=" : "",
			 optarg ? optarg : "");
		if (c == '?' || c == ':')
			snprintf(item, sizeof item, "%c(%c),", c, optopt ? optopt : '0');
		strcat(got, item);
	}
	strcat(got, "|");
	for (; optind < argc; optind++) {
		strcat(got, argv[optind]);
		strcat(got, ",");
	}
	if (strcmp(got, want)) {
		printf("FAIL %s: got %s want %s\n", name, got, want);
		failed = 1;
	} else {
		printf("ok %s\n", name);
	}
}

int main(void)
{
	static int flag;
	static const struct option lo[] = {
		{ "verbose", no_argument, 0, 'v' },
		{ "output", required_argument, 0, 'o' },
		{ "color", optional_argument, 0, 'C' },
		{ "colour", optional_argument, 0, 'C' },
		{ "flag", no_argument, &flag, 7 },
		{ "file", required_argument, 0, 'F' },
		{ 0, 0, 0, 0 },
	};
	char l1[] = "prog -a -b x y", l2[] = "prog x -ab -c arg y -- -a",
	     l3[] = "prog -cfoo -ac bar", l4[] = "prog -z -c", l5[] = "prog x -a",
	     l6[] = "prog -c", l7[] = "prog --verbose a --output=f --out g b",
	     l8[] = "prog --col --colo=red --fla z", l9[] = "prog --fi x --nope --verbose=1 --co",
	     l10[] = "prog --output", l11[] = "prog - -a -", l12[] = "prog -a -- -b";

	run("simple", "ab", 0, l1, "a,b,|x,y,");
	run("permute", "abc:", 0, l2, "a,b,c=arg,|x,y,-a,");
	run("attached", "abc:", 0, l3, "c=foo,a,c=bar,|");
	run("errors", "abc:", 0, l4, "?(z),?(c),|");
	run("plus", "+ab", 0, l5, "|x,-a,");
	run("colon", ":c:", 0, l6, ":(c),|");
	run("long", "vo:", lo, l7, "v,o=f,o=g,|a,b,");
	run("prefix", "", lo, l8, "C,C=red,0,|z,");
	run("ambiguous", "", lo, l9, "F=x,?(0),?(v),C,|");
	run("longmissing", "", lo, l10, "?(o),|");
	run("dash", "a", 0, l11, "a,|-,-,");
	run("dashdash", "ab", 0, l12, "a,|-b,");
	if (flag != 7) {
		printf("FAIL flag %d\n", flag);
		failed = 1;
	}
	return failed;
}
