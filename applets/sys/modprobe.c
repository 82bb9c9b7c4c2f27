/* modprobe - load or unload kernel modules with their dependencies
 *
 * APPLET(modprobe, SBIN)
 * usage: modprobe [-rnvqa] [-d ROOT] [-S VERSION] MODULE [PARAM=VALUE...]
 *
 * Find MODULE (a name, - and _ alike, or an alias from modules.alias) in modules.dep
 * under ROOT/lib/modules/VERSION (default: uname -r) and load the modules it depends
 * on, then itself with the PARAMs, skipping those already loaded. Built-in modules
 * (modules.builtin) succeed without loading. .ko.gz, .ko.xz and .ko.zst files are
 * decompressed by the kernel. /etc/modprobe.d options are not read.
 *
 * -r  remove MODULE, then the modules it depended on that are no longer used
 * -n  dry run (with -v: show what would be done)    -v  print insmod/rmmod lines
 * -q  quiet about modules not found                  -a  every operand is a MODULE
 * -d ROOT  root directory       -S VERSION  kernel version
 */
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "ring3.h"

int module_insert(const char *path, const char *params);
char *module_params(int argc, char **argv);
void module_name(const char *s, char *out, size_t size);

static int dry, verbose, quiet, removing;
static char dir[4096];

/* The line of modules.dep for name (malloc'd), or NULL. */
static char *find_dep(const char *name)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/modules.dep", dir);
	FILE *f = fopen(path, "re");
	if (!f) {
		warn_errno("%s", path);
		return 0;
	}
	char *line = 0, *found = 0;
	size_t cap = 0;
	while (getline(&line, &cap, f) > 0) {
		char *colon = strchr(line, ':'), n[256];
		if (!colon)
			continue;
		*colon = 0;
		module_name(line, n, sizeof n);
		*colon = ':';
		if (!strcmp(n, name)) {
			line[strcspn(line, "\n")] = 0;
			found = line;
			line = 0;
			break;
		}
	}
	free(line);
	fclose(f);
	return found;
}

/* Looks name up in modules.alias; the module name goes to out. */
static int find_alias(const char *name, char *out, size_t size)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/modules.alias", dir);
	FILE *f = fopen(path, "re");
	if (!f)
		return -1;
	char *line = 0;
	size_t cap = 0;
	int r = -1;
	while (r && getline(&line, &cap, f) > 0) {
		char pat[1024], mod[256];
		if (sscanf(line, "alias %1023s %255s", pat, mod) == 2 && !fnmatch(pat, name, 0)) {
			module_name(mod, out, size);
			r = 0;
		}
	}
	free(line);
	fclose(f);
	return r;
}

static int builtin(const char *name)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/modules.builtin", dir);
	FILE *f = fopen(path, "re");
	if (!f)
		return 0;
	char line[4096], n[256];
	int yes = 0;
	while (!yes && fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		module_name(line, n, sizeof n);
		yes = !strcmp(n, name);
	}
	fclose(f);
	return yes;
}

static int loaded(const char *name)
{
	FILE *f = fopen("/proc/modules", "re");
	if (!f)
		return 0;
	char line[4096], n[256];
	int yes = 0;
	while (!yes && fgets(line, sizeof line, f))
		yes = sscanf(line, "%255s", n) == 1 && !strcmp(n, name);
	fclose(f);
	return yes;
}

static int insert(const char *rel, const char *params, int main_module)
{
	char path[8400], name[256];
	module_name(rel, name, sizeof name);
	if (!dry && loaded(name))
		return 0;
	if (rel[0] == '/')
		snprintf(path, sizeof path, "%s", rel);
	else
		snprintf(path, sizeof path, "%s/%s", dir, rel);
	if (verbose)
		printf("insmod %s%s%s\n", path, *params ? " " : "", params);
	if (dry)
		return 0;
	fflush(stdout);
	if (module_insert(path, params) && errno != EEXIST) {
		if (errno == EOPNOTSUPP)
			warn_msg("%s: the kernel cannot load compressed modules", path);
		else
			warn_errno("%s", main_module ? name : path);
		return -1;
	}
	return 0;
}

static int delete(const char *rel, int main_module)
{
	char name[256];
	module_name(rel, name, sizeof name);
	if (!dry && !loaded(name)) {
		if (main_module && !quiet)
			warn_msg("%s: module is not loaded", name);
		return main_module ? -1 : 0;
	}
	if (verbose)
		printf("rmmod %s\n", name);
	if (dry)
		return 0;
	fflush(stdout);
	if (syscall(SYS_delete_module, name, O_NONBLOCK)) {
		if (main_module)
			warn_errno("%s", name);
		return -1;
	}
	return 0;
}

static int probe(const char *arg, const char *params)
{
	char name[256];
	module_name(arg, name, sizeof name);
	char *line = find_dep(name);
	if (!line && find_alias(arg, name, sizeof name) == 0)
		line = find_dep(name);
	if (!line) {
		if (builtin(name)) {
			if (removing && !quiet)
				warn_msg("%s: module is builtin", name);
			return removing;
		}
		if (!quiet)
			warn_msg("%s: module not found in %s", arg, dir);
		return 1;
	}
	char *colon = strchr(line, ':');
	*colon = 0;
	char *deps[256];
	int n = 0;
	for (char *t = strtok(colon + 1, " \t"); t && n < 256; t = strtok(0, " \t"))
		deps[n++] = t;
	int status = 0;
	if (removing) {
		if (delete(line, 1))
			status = 1;
		else
			for (int i = 0; i < n; i++)
				delete(deps[i], 0);
	} else {
		for (int i = n - 1; i >= 0 && !status; i--)
			status = insert(deps[i], "", 0) ? 1 : 0;
		if (!status && insert(line, params, 1))
			status = 1;
	}
	free(line);
	return status;
}

int modprobe_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "+r(remove)n(dry-run)v(verbose)q(quiet)a(all)d:S:b");
	int all = 0, c;
	const char *root = "", *version = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'r': removing = 1; break;
		case 'n': dry = 1; break;
		case 'v': verbose = 1; break;
		case 'q': quiet = 1; break;
		case 'a': all = 1; break;
		case 'd': root = o.arg; break;
		case 'S': version = o.arg; break;
		case 'b': break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc < 1)
		return usage();
	struct utsname u;
	if (!version) {
		if (uname(&u)) {
			warn_errno("uname");
			return 1;
		}
		version = u.release;
	}
	snprintf(dir, sizeof dir, "%s/lib/modules/%s", root, version);
	if (all || removing) {
		int status = 0;
		for (int i = 0; i < argc; i++)
			status |= probe(argv[i], "");
		return status;
	}
	char *params = module_params(argc - 1, argv + 1);
	int status = probe(argv[0], params);
	free(params);
	return status;
}
