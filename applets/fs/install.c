/* install - copy files and set their attributes
 *
 * APPLET(install, USR_BIN)
 * usage: install [-cDpv] [-m MODE] [-o OWNER] [-g GROUP] [-t DIR] SRC... DEST | -d DIR...
 *
 * Copy SRC to DEST (a file, or a directory to copy into), replacing DEST, with mode
 * 0755 unless -m. With -d, create each DIR and missing parents instead.
 *
 * -c  ignored (always copy)         -d, --directory  create directories
 * -D  create the missing directories leading to DEST (all of -t DIR)
 * -m, --mode=MODE  mode (octal or symbolic)   -o, --owner=OWNER  -g, --group=GROUP
 * -p, --preserve-timestamps  keep SRC's access and modification times
 * -t, --target-directory=DIR  copy every SRC into DIR      -v, --verbose  name each file
 * -s, --strip  not supported
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

static mode_t mode = 0755;
static uid_t uid = (uid_t)-1;
static gid_t gid = (gid_t)-1;
static int verbose, preserve, have_mode;

static int make_dirs(const char *path, mode_t last_mode, int set_last)
{
	char *p = xstrdup(path);
	size_t n = strlen(p);
	for (size_t i = 1; i <= n; i++) {
		if (p[i] != '/' && p[i])
			continue;
		char save = p[i];
		p[i] = 0;
		struct stat st;
		if (stat(p, &st)) {
			if (mkdir(p, i == n && set_last ? 0700 : 0755) && errno != EEXIST) {
				warn_errno("cannot create directory '%s'", p);
				free(p);
				return -1;
			}
			if (verbose)
				printf("install: creating directory '%s'\n", p);
		} else if (!S_ISDIR(st.st_mode)) {
			errno = ENOTDIR;
			warn_errno("cannot create directory '%s'", p);
			free(p);
			return -1;
		}
		p[i] = save;
		while (i < n && p[i + 1] == '/')
			i++;
	}
	free(p);
	if (set_last) {
		if (chmod(path, last_mode)) {
			warn_errno("cannot change permissions of '%s'", path);
			return -1;
		}
		if ((uid != (uid_t)-1 || gid != (gid_t)-1) && chown(path, uid, gid)) {
			warn_errno("cannot change ownership of '%s'", path);
			return -1;
		}
	}
	return 0;
}

static int copy_one(const char *src, const char *dst)
{
	int in = open(src, O_RDONLY | O_CLOEXEC);
	if (in < 0) {
		warn_errno("cannot stat '%s'", src);
		return 1;
	}
	struct stat st, dt;
	if (fstat(in, &st)) {
		warn_errno("cannot stat '%s'", src);
		close(in);
		return 1;
	}
	if (S_ISDIR(st.st_mode)) {
		warn_msg("omitting directory '%s'", src);
		close(in);
		return 1;
	}
	if (!stat(dst, &dt) && dt.st_dev == st.st_dev && dt.st_ino == st.st_ino) {
		warn_msg("'%s' and '%s' are the same file", src, dst);
		close(in);
		return 1;
	}
	unlink(dst);
	int out = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (out < 0) {
		warn_errno("cannot create regular file '%s'", dst);
		close(in);
		return 1;
	}
	int failed_fd = -1, r = 0;
	if (copy_fd(in, out, &failed_fd)) {
		warn_errno("error %s '%s'", failed_fd == in ? "reading" : "writing",
			   failed_fd == in ? src : dst);
		r = 1;
	}
	if (!r && (uid != (uid_t)-1 || gid != (gid_t)-1) && fchown(out, uid, gid)) {
		warn_errno("cannot change ownership of '%s'", dst);
		r = 1;
	}
	if (!r && fchmod(out, mode)) {
		warn_errno("cannot change permissions of '%s'", dst);
		r = 1;
	}
	if (!r && preserve) {
		struct timespec ts[2] = { st.st_atim, st.st_mtim };
		futimens(out, ts);
	}
	if (close(out) && !r) {
		warn_errno("error writing '%s'", dst);
		r = 1;
	}
	close(in);
	if (!r && verbose)
		printf("'%s' -> '%s'\n", src, dst);
	return r;
}

static char *join(const char *dir, const char *src)
{
	const char *b = strrchr(src, '/');
	b = b ? b + 1 : src;
	size_t dl = strlen(dir);
	char *p = xmalloc(dl + strlen(b) + 2);
	sprintf(p, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", b);
	return p;
}

int install_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"cdDm(mode):o(owner):g(group):pt(target-directory):vs(strip)C(compare)T");
	int c, dirs = 0, lead = 0, status = 0, no_target = 0;
	const char *mode_arg = 0, *target = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'c': case 'C': break;
		case 'd': dirs = 1; break;
		case 'D': lead = 1; break;
		case 'm': mode_arg = o.arg; break;
		case 'o': {
			struct passwd *pw = getpwnam(o.arg);
			char *end;
			unsigned long v = pw ? pw->pw_uid : strtoul(o.arg, &end, 10);
			if (!pw && (!*o.arg || *end)) {
				warn_msg("invalid user '%s'", o.arg);
				return 1;
			}
			uid = (uid_t)v;
			break;
		}
		case 'g': {
			struct group *gr = getgrnam(o.arg);
			char *end;
			unsigned long v = gr ? gr->gr_gid : strtoul(o.arg, &end, 10);
			if (!gr && (!*o.arg || *end)) {
				warn_msg("invalid group '%s'", o.arg);
				return 1;
			}
			gid = (gid_t)v;
			break;
		}
		case 'p': preserve = 1; break;
		case 't': target = o.arg; break;
		case 'T': no_target = 1; break;
		case 'v': verbose = 1; break;
		case 's':
			warn_msg("-s (strip) is not supported");
			return 1;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (mode_arg) {
		if (mode_parse(mode_arg, 0, 0, 0, &mode)) {
			warn_msg("invalid mode '%s'", mode_arg);
			return 1;
		}
		have_mode = 1;
	}
	if (dirs) {
		if (!argc) {
			warn_msg("missing operand");
			return usage();
		}
		for (int i = 0; i < argc; i++)
			if (make_dirs(argv[i], mode, 1))
				status = 1;
		return status;
	}
	if (!argc || (!target && argc < 2)) {
		if (!argc)
			warn_msg("missing file operand");
		else
			warn_msg("missing destination file operand after '%s'", argv[0]);
		return usage();
	}
	if (!target) {
		struct stat st;
		const char *last = argv[argc - 1];
		if (!no_target && (argc > 2 || (!stat(last, &st) && S_ISDIR(st.st_mode)))) {
			target = last;
			argc--;
		} else {
			if (argc > 2) {
				warn_msg("extra operand '%s'", argv[2]);
				return usage();
			}
			if (lead) {
				char *d = xstrdup(last);
				char *s = strrchr(d, '/');
				if (s && s != d) {
					*s = 0;
					if (make_dirs(d, 0755, 0)) {
						free(d);
						return 1;
					}
				}
				free(d);
			}
			return copy_one(argv[0], last);
		}
	}
	if (lead && make_dirs(target, 0755, 0))
		return 1;
	struct stat st;
	if (stat(target, &st) || !S_ISDIR(st.st_mode)) {
		if (!stat(target, &st))
			errno = ENOTDIR;
		warn_errno("target '%s'", target);
		return 1;
	}
	for (int i = 0; i < argc; i++) {
		char *d = join(target, argv[i]);
		status |= copy_one(argv[i], d);
		free(d);
	}
	return status;
}
