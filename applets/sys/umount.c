/* umount - unmount filesystems
 *
 * APPLET(umount, BIN)
 * usage: umount [-flrnv] DIR... | umount -a [-flrnv] [-t TYPE]
 *
 * Detach the filesystem mounted at each DIR (or from the device DIR names).
 *
 * -f  force, even if busy (network filesystems) (--force)
 * -l  lazy: detach now, clean up when no longer busy (--lazy)
 * -r  if unmounting fails, try to remount read-only (--read-only)
 * -a  unmount everything in /proc/mounts, latest first, except / (--all)
 * -t TYPE  with -a, only these types (a comma list; "no" before it excludes them)
 * -n  accepted and ignored (no /etc/mtab)    -v  say what is unmounted
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>
#include "ring3.h"

static int flags, readonly, verbose;

/* The mount points in /proc/mounts (octal escapes undone), their types and devices. */
static char **read_mounts(int *count, char ***types, char ***devs)
{
	int fd = open("/proc/mounts", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	size_t cap = 8192, len = 0;
	char *buf = xmalloc(cap);
	ssize_t n;
	for (;;) {
		if (len + 1 >= cap)
			buf = xrealloc(buf, cap *= 2);
		n = safe_read(fd, buf + len, cap - len - 1);
		if (n <= 0)
			break;
		len += n;
	}
	close(fd);
	if (n < 0) {
		free(buf);
		return 0;
	}
	buf[len] = 0;
	char **dirs = 0, **t = 0, **d = 0;
	int k = 0;
	for (char *line = buf, *next; *line; line = next) {
		next = line + strcspn(line, "\n");
		if (*next)
			*next++ = 0;
		char *dev = strtok(line, " "), *dir = strtok(0, " "), *type = strtok(0, " ");
		if (!dir || !type)
			continue;
		mnt_unescape(dir);
		dirs = xrealloc(dirs, (k + 1) * sizeof *dirs);
		t = xrealloc(t, (k + 1) * sizeof *t);
		d = xrealloc(d, (k + 1) * sizeof *d);
		d[k] = dev;
		dirs[k] = dir;
		t[k++] = type;
	}
	*count = k;
	*types = t;
	*devs = d;
	return dirs ? dirs : xmalloc(sizeof *dirs);
}

static int unmount(const char *dir)
{
	if (!umount2(dir, flags)) {
		if (verbose)
			printf("umount: %s unmounted\n", dir);
		return 0;
	}
	int err = errno;
	static int looked_up;
	if ((err == EINVAL || err == ENOTBLK || err == ENOENT) && !looked_up) {
		/* not a mount point: maybe a device, unmount where it was mounted last */
		int n;
		char **types, **devs, **dirs = read_mounts(&n, &types, &devs);
		for (int i = n - 1; dirs && i >= 0; i--)
			if (!strcmp(devs[i], dir) && strcmp(dirs[i], dir)) {
				looked_up = 1;
				int r = unmount(dirs[i]);
				looked_up = 0;
				return r;
			}
	}
	if (readonly && err == EBUSY && !mount(0, dir, 0, MS_REMOUNT | MS_RDONLY, 0)) {
		warn_msg("%s: busy, remounted read-only", dir);
		return 0;
	}
	if (err == EINVAL)
		warn_msg("%s: not mounted", dir);
	else {
		errno = err;
		warn_errno("%s", dir);
	}
	return 1;
}

int umount_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "f(force)l(lazy)r(read-only)a(all)t:(types)nv");
	int c, all = 0, status = 0;
	const char *type = 0;
	flags = readonly = verbose = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'f': flags |= MNT_FORCE; break;
		case 'l': flags |= MNT_DETACH; break;
		case 'r': readonly = 1; break;
		case 'a': all = 1; break;
		case 't': type = o.arg; break;
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
		int n;
		char **types, **devs, **dirs = read_mounts(&n, &types, &devs);
		if (!dirs) {
			warn_errno("/proc/mounts");
			return 1;
		}
		for (int i = n - 1; i >= 0; i--)
			if (strcmp(dirs[i], "/") && mnt_type_matches(types[i], type))
				status |= unmount(dirs[i]);
		return status;
	}
	if (!argc) {
		warn_msg("missing operand");
		return usage();
	}
	for (int i = 0; i < argc; i++)
		status |= unmount(argv[i]);
	return status;
}
