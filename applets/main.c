/* The multi-call binary: run the applet named by argv[0], or by argv[1] when invoked
 * as ring3 itself. The applet table is generated from each applet's registry comment. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

struct applet {
	const char *name;
	int (*main)(int, char **);
	const char *dir;
	const char *help;
};
#include "applets.h"

enum { NAPPLETS = sizeof applets / sizeof applets[0] };

static const struct applet *find_applet(const char *name)
{
	size_t lo = 0, hi = NAPPLETS;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int cmp = strcmp(name, applets[mid].name);
		if (!cmp)
			return &applets[mid];
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

static int finish(int status)
{
	if (fflush(stdout) || ferror(stdout)) {
		if (errno != EPIPE)
			warn_errno("write error");
		return 1;
	}
	return status;
}

static int list(void)
{
	for (size_t i = 0; i < NAPPLETS; i++)
		puts(applets[i].name);
	return finish(0);
}

/* Symlink every applet into dir: to "ring3" when the binary sits there, else to the
 * running binary's absolute path. */
static int install(const char *dir)
{
	int status = 0;
	char path[4096], self[4096] = "ring3";
	struct stat st;
	snprintf(path, sizeof path, "%s/ring3", dir);
	if (lstat(path, &st)) {
		ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
		if (n < 0)
			die_errno("/proc/self/exe");
		self[n] = 0;
	}
	for (size_t i = 0; i < NAPPLETS; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, applets[i].name);
		if (symlink(self, path) && errno != EEXIST) {
			warn_errno("%s", path);
			status = 1;
		}
	}
	return status;
}

static int run(const struct applet *a, int argc, char **argv)
{
	applet_name = a->name;
	applet_help = a->help;
	if (argc == 2 && !strcmp(argv[1], "--help"))
		return finish(print_help() ? 1 : 0);
	return finish(a->main(argc, argv));
}

int main(int argc, char **argv)
{
	const char *base = argc > 0 ? strrchr(argv[0], '/') : 0;
	base = base ? base + 1 : argc > 0 ? argv[0] : "ring3";
	if (strcmp(base, "ring3")) {
		/* login(1) runs a shell as "-sh": the applet keeps argv[0] */
		const struct applet *a = find_applet(base);
		if (!a && base[0] == '-' && base[1])
			a = find_applet(base + 1);
		if (!a) {
			warn_msg("%s: applet not found", base);
			return 127;
		}
		return run(a, argc, argv);
	}
	if (argc < 2 || !strcmp(argv[1], "--help")) {
		printf("usage: ring3 APPLET [ARG...] | --list | --install [DIR]\n"
		       "A Linux user space in one binary. %d applets (ring3 --list).\n",
		       (int)NAPPLETS);
		return finish(argc < 2);
	}
	if (!strcmp(argv[1], "--list"))
		return list();
	if (!strcmp(argv[1], "--install"))
		return install(argc > 2 ? argv[2] : "/bin");
	const struct applet *a = find_applet(argv[1]);
	if (!a) {
		warn_msg("%s: applet not found", argv[1]);
		return 127;
	}
	return run(a, argc - 1, argv + 1);
}
