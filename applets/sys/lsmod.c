/* lsmod - show the loaded kernel modules
 *
 * APPLET(lsmod, SBIN)
 * usage: lsmod
 *
 * Print each module in /proc/modules with its size, use count and users.
 */
#include <stdio.h>
#include <string.h>
#include "ring3.h"

int lsmod_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "");
	if (opt_next(&o) != -1 || o.ind != argc)
		return usage();
	FILE *f = fopen("/proc/modules", "re");
	if (!f) {
		warn_errno("/proc/modules");
		return 1;
	}
	printf("Module                  Size  Used by\n");
	char line[4096], name[256], size[32], used[32], by[4000];
	while (fgets(line, sizeof line, f)) {
		if (sscanf(line, "%255s %31s %31s %3999s", name, size, used, by) != 4)
			continue;
		size_t n = strlen(by);
		if (n && by[n - 1] == ',')
			by[n - 1] = 0;
		printf("%-19s %8s  %s%s%s\n", name, size, used, strcmp(by, "-") ? " " : "",
		       strcmp(by, "-") ? by : "");
	}
	int err = ferror(f);
	fclose(f);
	if (err) {
		warn_msg("/proc/modules: read error");
		return 1;
	}
	return 0;
}
