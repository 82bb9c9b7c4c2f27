/* mount - mount a filesystem
 *
 * APPLET(mount, BIN)
 * usage: mount [-rwnvBRM] [-t TYPE] [-o OPTIONS] [-T FSTAB] [DEVICE] DIR | mount -a [-t TYPE] | mount [-t TYPE]
 *
 * Attach the filesystem on DEVICE (or a pseudo filesystem: "none", "proc", ...) at the
 * directory DIR. With only one of them, the other comes from /etc/fstab. Without
 * operands, list the mounted filesystems (of TYPE) from /proc/mounts.
 *
 * -t TYPE     filesystem type; without it the types in /proc/filesystems are tried
 * -o OPTIONS  comma-separated: ro rw nosuid suid nodev dev noexec exec sync async
 *             dirsync remount bind rbind move noatime atime relatime strictatime
 *             nodiratime diratime lazytime mand silent defaults, shared private slave
 *             unbindable (and r- forms), loop; anything else goes to the filesystem
 *             A DEVICE that is a regular file is mounted through a loop device.
 * -a          mount everything in /etc/fstab not marked noauto nor already mounted
 * -r          read-only (-o ro)      -w  read-write (-o rw)
 * -B, -R, -M  same as -o bind, -o rbind, -o move (--bind, --rbind, --move)
 * -T FILE     read FILE instead of /etc/fstab (--fstab)
 * -n          accepted and ignored (no /etc/mtab)   -v  say what is mounted
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

#ifndef MS_LAZYTIME
#define MS_LAZYTIME (1 << 25)
#endif

static const struct {
	const char *name;
	unsigned long set, clear;
} words[] = {
	{ "defaults", 0, 0 },
	{ "ro", MS_RDONLY, 0 }, { "rw", 0, MS_RDONLY },
	{ "nosuid", MS_NOSUID, 0 }, { "suid", 0, MS_NOSUID },
	{ "nodev", MS_NODEV, 0 }, { "dev", 0, MS_NODEV },
	{ "noexec", MS_NOEXEC, 0 }, { "exec", 0, MS_NOEXEC },
	{ "sync", MS_SYNCHRONOUS, 0 }, { "async", 0, MS_SYNCHRONOUS },
	{ "dirsync", MS_DIRSYNC, 0 },
	{ "remount", MS_REMOUNT, 0 },
	{ "bind", MS_BIND, 0 }, { "rbind", MS_BIND | MS_REC, 0 },
	{ "move", MS_MOVE, 0 },
	{ "noatime", MS_NOATIME, 0 }, { "atime", 0, MS_NOATIME },
	{ "relatime", MS_RELATIME, MS_STRICTATIME },
	{ "strictatime", MS_STRICTATIME, MS_RELATIME | MS_NOATIME },
	{ "nodiratime", MS_NODIRATIME, 0 }, { "diratime", 0, MS_NODIRATIME },
	{ "lazytime", MS_LAZYTIME, 0 }, { "nolazytime", 0, MS_LAZYTIME },
	{ "mand", MS_MANDLOCK, 0 }, { "nomand", 0, MS_MANDLOCK },
	{ "silent", MS_SILENT, 0 }, { "loud", 0, MS_SILENT },
	{ "shared", MS_SHARED, 0 }, { "rshared", MS_SHARED | MS_REC, 0 },
	{ "private", MS_PRIVATE, 0 }, { "rprivate", MS_PRIVATE | MS_REC, 0 },
	{ "slave", MS_SLAVE, 0 }, { "rslave", MS_SLAVE | MS_REC, 0 },
	{ "unbindable", MS_UNBINDABLE, 0 }, { "runbindable", MS_UNBINDABLE | MS_REC, 0 },
	/* /etc/fstab words that mean nothing to the kernel */
	{ "auto", 0, 0 }, { "noauto", 0, 0 }, { "user", 0, 0 }, { "nouser", 0, 0 },
	{ "users", 0, 0 }, { "nofail", 0, 0 }, { "_netdev", 0, 0 }, { "loop", 0, 0 },
};

#define PROPAGATION (MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE)

static int verbose;
static const char *fstab = "/etc/fstab";

/* Splits a comma-separated option list into flags and the data string (appended to
 * *data, comma-separated). */
static void parse_options(const char *opts, unsigned long *flags, char **data)
{
	char *copy = xstrdup(opts), *save = copy;
	for (char *w = copy; w;) {
		char *next = strchr(w, ',');
		if (next)
			*next++ = 0;
		if (*w) {
			size_t i, n = sizeof words / sizeof words[0];
			for (i = 0; i < n && strcmp(words[i].name, w); i++)
				;
			if (i < n) {
				*flags = (*flags & ~words[i].clear) | words[i].set;
			} else {
				size_t old = *data ? strlen(*data) : 0, len = strlen(w);
				*data = xrealloc(*data, old + len + 2);
				if (old)
					(*data)[old++] = ',';
				memcpy(*data + old, w, len + 1);
			}
		}
		w = next;
	}
	free(save);
}

/* A mount table (/proc/mounts or /etc/fstab) read whole: fields of each line. */
struct entry {
	char *dev, *dir, *type, *opts;
};

static struct entry *read_table(const char *path, int *count)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	size_t cap = 8192, len = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		if (len + 1 >= cap)
			buf = xrealloc(buf, cap *= 2);
		ssize_t n = safe_read(fd, buf + len, cap - len - 1);
		if (n < 0) {
			close(fd);
			free(buf);
			return 0;
		}
		if (!n)
			break;
		len += n;
	}
	close(fd);
	buf[len] = 0;
	struct entry *e = 0;
	int n = 0;
	for (char *line = buf, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		char *f[4];
		int nf = 0;
		for (char *p = line; nf < 4;) {
			while (*p == ' ' || *p == '\t')
				p++;
			if (!*p || *p == '#')
				break;
			f[nf++] = p;
			p += strcspn(p, " \t");
			if (*p)
				*p++ = 0;
		}
		if (nf < 3)
			continue;
		e = xrealloc(e, (n + 1) * sizeof *e);
		e[n].dev = mnt_unescape(f[0]);
		e[n].dir = mnt_unescape(f[1]);
		e[n].type = mnt_unescape(f[2]);
		e[n].opts = nf > 3 ? mnt_unescape(f[3]) : "defaults";
		n++;
	}
	*count = n;
	return e ? e : xmalloc(sizeof *e);	/* buf stays allocated: the entries point in */
}

static int list(const char *type)
{
	int n;
	struct entry *e = read_table("/proc/mounts", &n);
	if (!e) {
		warn_errno("/proc/mounts");
		return 1;
	}
	for (int i = 0; i < n; i++)
		if (mnt_type_matches(e[i].type, type))
			printf("%s on %s type %s (%s)\n", e[i].dev, e[i].dir, e[i].type, e[i].opts);
	return 0;
}

/* The types to try when none is given: /proc/filesystems without the "nodev" ones. */
static int try_types(const char *dev, const char *dir, unsigned long flags, const char *data)
{
	int fd = open("/proc/filesystems", O_RDONLY | O_CLOEXEC);
	char buf[4096];
	ssize_t len = fd < 0 ? -1 : safe_read(fd, buf, sizeof buf - 1);
	if (fd >= 0)
		close(fd);
	if (len <= 0) {
		errno = EINVAL;
		return -1;
	}
	buf[len] = 0;
	int err = EINVAL;
	for (char *line = buf, *next; *line; line = next) {
		next = line + strcspn(line, "\n");
		if (*next)
			*next++ = 0;
		if (!strncmp(line, "nodev", 5))
			continue;
		while (*line == ' ' || *line == '\t')
			line++;
		if (!*line)
			continue;
		if (!mount(dev, dir, line, flags, data))
			return 0;
		if (errno != EINVAL && errno != ENODEV)
			err = errno;
		/* a read-only medium: try it read-only */
		if (errno == EACCES || errno == EROFS) {
			if (!mount(dev, dir, line, flags | MS_RDONLY, data))
				return 0;
		}
	}
	errno = err;
	return -1;
}

/* Loop devices, for a DEVICE that is a regular file (or -o loop): the kernel's
 * <linux/loop.h> interface, spelled out so that no kernel header is needed. */
enum {
	LOOP_SET_FD = 0x4C00, LOOP_SET_STATUS64 = 0x4C04, LOOP_CTL_GET_FREE = 0x4C82,
	LO_FLAGS_READ_ONLY = 1, LO_FLAGS_AUTOCLEAR = 4,
};

struct loop_info64 {
	uint64_t lo_device, lo_inode, lo_rdevice, lo_offset, lo_sizelimit;
	uint32_t lo_number, lo_encrypt_type, lo_encrypt_key_size, lo_flags;
	uint8_t lo_file_name[64], lo_crypt_name[64], lo_encrypt_key[32];
	uint64_t lo_init[2];
};

/* Attaches file to a free loop device (detached again automatically when the
 * filesystem is unmounted); returns the loop device's fd and its name in name. */
static int loop_attach(const char *file, int ro, char *name, size_t len)
{
	int ffd = open(file, (ro ? O_RDONLY : O_RDWR) | O_CLOEXEC);
	if (ffd < 0 && !ro && (errno == EROFS || errno == EACCES)) {
		ro = 1;
		ffd = open(file, O_RDONLY | O_CLOEXEC);
	}
	if (ffd < 0)
		return -1;
	int ctl = open("/dev/loop-control", O_RDWR | O_CLOEXEC);
	if (ctl < 0) {
		close(ffd);
		return -1;
	}
	int lfd = -1;
	for (int tries = 0; tries < 16 && lfd < 0; tries++) {
		int n = ioctl(ctl, LOOP_CTL_GET_FREE);
		if (n < 0)
			break;
		snprintf(name, len, "/dev/loop%d", n);
		lfd = open(name, (ro ? O_RDONLY : O_RDWR) | O_CLOEXEC);
		if (lfd < 0)
			break;
		if (ioctl(lfd, LOOP_SET_FD, ffd) < 0) {
			int err = errno;
			close(lfd);
			lfd = -1;
			errno = err;
			if (err != EBUSY)	/* EBUSY: another process took it first */
				break;
		}
	}
	int err = errno;
	close(ctl);
	close(ffd);
	if (lfd < 0) {
		errno = err;
		return -1;
	}
	struct loop_info64 info;
	memset(&info, 0, sizeof info);
	info.lo_flags = LO_FLAGS_AUTOCLEAR | (ro ? LO_FLAGS_READ_ONLY : 0);
	size_t flen = strlen(file);
	memcpy(info.lo_file_name, file, flen < 63 ? flen : 63);
	ioctl(lfd, LOOP_SET_STATUS64, &info);
	return lfd;
}

static int has_word(const char *opts, const char *word)
{
	size_t len = strlen(word);
	for (const char *p = opts; *p;) {
		size_t n = strcspn(p, ",");
		if (n == len && !strncmp(p, word, n))
			return 1;
		p += n + (p[n] == ',');
	}
	return 0;
}

static int do_mount(const char *dev, const char *dir, const char *type, const char *opts)
{
	unsigned long flags = 0;
	char *data = 0;
	if (type && !strcmp(type, "auto"))
		type = 0;
	if (opts && has_word(opts, "remount")) {
		/* keep the flags the filesystem has now unless OPTIONS change them */
		int n;
		char path[PATH_MAX];
		const char *abs = realpath(dir, path) ? path : dir;
		struct entry *cur = read_table("/proc/mounts", &n);
		for (int i = n - 1; cur && i >= 0; i--)
			if (!strcmp(cur[i].dir, abs)) {
				parse_options(cur[i].opts, &flags, &data);
				free(data);
				data = 0;
				break;
			}
	}
	if (opts)
		parse_options(opts, &flags, &data);
	/* a regular file as the device: through a loop device */
	char loopdev[32];
	int loopfd = -1;
	struct stat st;
	if (dev && !(flags & (MS_BIND | MS_MOVE | MS_REMOUNT | PROPAGATION)) &&
	    ((opts && has_word(opts, "loop")) || (!stat(dev, &st) && S_ISREG(st.st_mode)))) {
		loopfd = loop_attach(dev, flags & MS_RDONLY, loopdev, sizeof loopdev);
		if (loopfd < 0) {
			warn_errno("%s: cannot set up a loop device", dev);
			free(data);
			return 1;
		}
		dev = loopdev;
	}
	int r = 0;
	unsigned long prop = flags & PROPAGATION, rec = flags & MS_REC;
	flags &= ~PROPAGATION;
	if (prop && !(flags & MS_BIND))
		flags &= ~MS_REC;
	if (prop && !dev)
		;	/* only a propagation change */
	else if (type || (flags & (MS_BIND | MS_MOVE | MS_REMOUNT)))
		r = mount(dev, dir, type ? type : "none", flags, data);
	else
		r = try_types(dev, dir, flags, data);
	/* propagation changes take no other flags, and go separately */
	if (!r && prop)
		r = mount("none", dir, 0, prop | rec, 0);
	if (loopfd >= 0) {
		int err = errno;
		close(loopfd);	/* the mount holds it now; if it failed, it detaches */
		errno = err;
	}
	if (r) {
		warn_errno("mounting %s on %s failed", dev ? dev : "none", dir);
	} else if (verbose) {
		printf("mount: %s mounted on %s\n", dev ? dev : "none", dir);
	}
	free(data);
	return r ? 1 : 0;
}

static char *join_options(const char *a, const char *b)
{
	if (!a || !*a)
		return b ? xstrdup(b) : 0;
	if (!b || !*b)
		return xstrdup(a);
	size_t la = strlen(a), lb = strlen(b);
	char *s = xmalloc(la + lb + 2);
	memcpy(s, a, la);
	s[la] = ',';
	memcpy(s + la + 1, b, lb + 1);
	return s;
}

static int mount_all(const char *type, const char *opts)
{
	int n, m, status = 0;
	struct entry *fs = read_table(fstab, &n);
	if (!fs) {
		warn_errno("%s", fstab);
		return 1;
	}
	for (int i = 0; i < n; i++) {
		if (has_word(fs[i].opts, "noauto") || !strcmp(fs[i].type, "swap") ||
		    !strcmp(fs[i].dir, "none") || !mnt_type_matches(fs[i].type, type))
			continue;
		struct entry *cur = read_table("/proc/mounts", &m);
		int mounted = 0;
		for (int j = 0; cur && j < m; j++)
			mounted |= !strcmp(cur[j].dir, fs[i].dir);
		if (mounted)
			continue;
		char *o = join_options(fs[i].opts, opts);
		if (do_mount(fs[i].dev, fs[i].dir, fs[i].type, o) && !has_word(fs[i].opts, "nofail"))
			status = 1;
		free(o);
	}
	return status;
}

int mount_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "t:(types)o:(options)arwnvB(bind)R(rbind)M(move)T:(fstab)");
	const char *type = 0;
	char *opts = 0;
	int all = 0, c;
	verbose = 0;
	fstab = "/etc/fstab";
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 't': type = o.arg; break;
		case 'o': {
			char *j = join_options(opts, o.arg);
			free(opts);
			opts = j;
			break;
		}
		case 'r': case 'w': case 'B': case 'R': case 'M': {
			char *j = join_options(opts, c == 'r' ? "ro" : c == 'w' ? "rw" :
					       c == 'B' ? "bind" : c == 'R' ? "rbind" : "move");
			free(opts);
			opts = j;
			break;
		}
		case 'a': all = 1; break;
		case 'T': fstab = o.arg; break;
		case 'n': break;
		case 'v': verbose = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (all) {
		if (argc) {
			warn_msg("extra operand '%s'", argv[0]);
			return usage();
		}
		return mount_all(type, opts);
	}
	if (argc > 2) {
		warn_msg("extra operand '%s'", argv[2]);
		return usage();
	}
	if (argc == 2)
		return do_mount(argv[0], argv[1], type, opts);
	if (argc == 0) {
		if (opts) {
			warn_msg("missing operand");
			return usage();
		}
		return list(type);
	}
	/* One operand: a device or directory from /etc/fstab, or a remount. */
	unsigned long flags = 0;
	char *data = 0;
	if (opts)
		parse_options(opts, &flags, &data);
	free(data);
	if (flags & (MS_REMOUNT | PROPAGATION))
		return do_mount(0, argv[0], type, opts);
	int n;
	struct entry *fs = read_table(fstab, &n);
	for (int i = 0; fs && i < n; i++) {
		if (strcmp(fs[i].dir, argv[0]) && strcmp(fs[i].dev, argv[0]))
			continue;
		char *j = join_options(fs[i].opts, opts);
		int r = do_mount(fs[i].dev, fs[i].dir, type ? type : fs[i].type, j);
		free(j);
		return r;
	}
	warn_msg("%s: not found in %s", argv[0], fstab);
	return 1;
}
