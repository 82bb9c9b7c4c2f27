/* sysctl - read and write kernel parameters
 *
 * APPLET(sysctl, SBIN)
 * usage: sysctl [-neqN] [-w] KEY[=VALUE]... | sysctl -a | sysctl -p [FILE...]
 *
 * Show the parameter KEY (kernel.ostype, or kernel/ostype: a file under /proc/sys) as
 * "KEY = VALUE", or set it with KEY=VALUE.
 *
 * -a  show every readable parameter (--all)
 * -w  KEY=VALUE operands are writes (they are anyway)
 * -p  load settings from each FILE (default /etc/sysctl.conf): "KEY = VALUE" lines,
 *     # and ; comments; a leading - ignores a failure of that line
 * -n  show values only    -N  show names only    -e  ignore unknown keys    -q  quiet writes
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

static int values_only, names_only, ignore_unknown, quiet, silent;

/* key with / and . swapped into a path under /proc/sys, and the dotted name */
static void key_path(const char *key, char *path, size_t plen, char *name, size_t nlen)
{
	while (*key == '/' || *key == '.')
		key++;
	int slashes = strchr(key, '/') != 0;
	size_t n = snprintf(path, plen, "/proc/sys/");
	size_t m = 0;
	for (const char *p = key; *p; p++) {
		char c = *p;
		/* with slashes as separators, dots are part of names (net/ipv4/conf/eth0.1) */
		char pc = slashes ? c : c == '.' ? '/' : c == '/' ? '.' : c;
		char nc = slashes ? (c == '/' ? '.' : c == '.' ? '/' : c) : c;
		if (n + 1 < plen)
			path[n++] = pc;
		if (m + 1 < nlen)
			name[m++] = nc;
	}
	path[n < plen ? n : plen - 1] = 0;
	name[m] = 0;
}

static int show(const char *path, const char *name)
{
	if (names_only) {
		printf("%s\n", name);
		return 0;
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	size_t cap = 4096, len = 0;
	char *buf = xmalloc(cap);
	ssize_t n;
	while ((n = safe_read(fd, buf + len, cap - len)) > 0)
		if ((len += n) == cap)
			buf = xrealloc(buf, cap *= 2);
	int err = errno;
	close(fd);
	if (n < 0) {
		free(buf);
		errno = err;
		return -1;
	}
	while (len && buf[len - 1] == '\n')
		len--;
	/* a multi-line value: one "KEY = line" per line */
	for (size_t i = 0; i <= len; ) {
		size_t j = i;
		while (j < len && buf[j] != '\n')
			j++;
		if (values_only)
			printf("%.*s\n", (int)(j - i), buf + i);
		else
			printf("%s = %.*s\n", name, (int)(j - i), buf + i);
		i = j + 1;
	}
	free(buf);
	return 0;
}

static int read_key(const char *key)
{
	char path[4096], name[4096];
	key_path(key, path, sizeof path, name, sizeof name);
	struct stat st;
	if (stat(path, &st)) {
		if (errno == ENOENT && ignore_unknown)
			return 0;
		warn_errno("%s", name);
		return 1;
	}
	if (S_ISDIR(st.st_mode)) {
		warn_msg("%s: Is a directory", name);
		return 1;
	}
	if (show(path, name)) {
		warn_errno("%s", name);
		return 1;
	}
	return 0;
}

static int write_key(const char *key, size_t klen, const char *value)
{
	char k[4096], path[4096], name[4096];
	if (klen >= sizeof k)
		klen = sizeof k - 1;
	memcpy(k, key, klen);
	k[klen] = 0;
	while (klen && (k[klen - 1] == ' ' || k[klen - 1] == '\t'))
		k[--klen] = 0;
	while (*value == ' ' || *value == '\t')
		value++;
	key_path(k, path, sizeof path, name, sizeof name);
	int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT && ignore_unknown)
			return 0;
		if (!silent)
			warn_errno("%s", name);
		return 1;
	}
	size_t vlen = strlen(value);
	if (full_write(fd, value, vlen) < 0 || close(fd)) {
		warn_errno("%s", name);
		close(fd);
		return 1;
	}
	if (!quiet) {
		if (values_only)
			printf("%s\n", value);
		else
			printf("%s = %s\n", name, value);
	}
	return 0;
}

static int walk(const char *path, const char *name)
{
	DIR *d = opendir(path);
	if (!d)
		return 0;
	struct dirent *de;
	char **names = 0;
	size_t n = 0;
	while ((de = readdir(d)))
		if (de->d_name[0] != '.') {
			names = xrealloc(names, (n + 1) * sizeof *names);
			names[n++] = xstrdup(de->d_name);
		}
	closedir(d);
	for (size_t i = 1; i < n; i++)	/* sorted, as procps shows them */
		for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
			char *t = names[j];
			names[j] = names[j - 1];
			names[j - 1] = t;
		}
	for (size_t i = 0; i < n; i++) {
		char p[4096], nm[4096];
		struct stat st;
		snprintf(p, sizeof p, "%s/%s", path, names[i]);
		int len = snprintf(nm, sizeof nm, "%s%s%s", name, *name ? "." : "", names[i]);
		for (int k = len - (int)strlen(names[i]); k < len && k >= 0; k++)
			if (nm[k] == '.')
				nm[k] = '/';
		if (lstat(p, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				walk(p, nm);
			else if (st.st_mode & 0444)
				show(p, nm);	/* write-only or unreadable: skipped */
		}
		free(names[i]);
	}
	free(names);
	return 0;
}

static int load(const char *file)
{
	FILE *f = strcmp(file, "-") ? fopen(file, "re") : stdin;
	if (!f) {
		warn_errno("%s", file);
		return 1;
	}
	int status = 0;
	char *line = 0;
	size_t cap = 0;
	while (getline(&line, &cap, f) > 0) {
		char *p = line + strspn(line, " \t");
		p[strcspn(p, "\n")] = 0;
		if (!*p || *p == '#' || *p == ';')
			continue;
		int optional = *p == '-';
		p += optional;
		char *eq = strchr(p, '=');
		if (!eq) {
			warn_msg("%s: %s: no '='", file, p);
			status = 1;
			continue;
		}
		size_t vl = strlen(eq + 1);
		while (vl && (eq[vl] == ' ' || eq[vl] == '\t'))
			eq[vl--] = 0;
		silent = optional;
		if (write_key(p, eq - p, eq + 1) && !optional)
			status = 1;
		silent = 0;
	}
	free(line);
	if (f != stdin)
		fclose(f);
	return status;
}

int sysctl_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "a(all)A(all)Xwpn(values)N(names)eqb");
	int all = 0, files = 0, c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'a': case 'A': case 'X': all = 1; break;
		case 'w': break;
		case 'p': files = 1; break;
		case 'n': case 'b': values_only = 1; break;
		case 'N': names_only = 1; break;
		case 'e': ignore_unknown = 1; break;
		case 'q': quiet = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (files) {
		if (!argc)
			return load("/etc/sysctl.conf");
		int status = 0;
		for (int i = 0; i < argc; i++)
			status |= load(argv[i]);
		return status;
	}
	if (all)
		return walk("/proc/sys", "");
	if (!argc)
		return usage();
	int status = 0;
	for (int i = 0; i < argc; i++) {
		char *eq = strchr(argv[i], '=');
		status |= eq ? write_key(argv[i], eq - argv[i], eq + 1) : read_key(argv[i]);
	}
	return status;
}
