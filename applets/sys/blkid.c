/* blkid - print filesystem attributes of block devices
 *
 * APPLET(blkid, SBIN)
 * usage: blkid [-o full|value|export] [-s TAG]... [DEVICE...]
 *
 * For each DEVICE (default: every partition in /proc/partitions) print
 * DEVICE: LABEL="..." UUID="..." BLOCK_SIZE="..." TYPE="..." for the filesystems fstype
 * knows. Devices without a known filesystem are skipped.
 *
 * -o FORMAT  full (the default), value (values only, one per line) or export
 *            (DEVNAME=... TAG=... lines, a blank line between devices)
 * -s TAG     print only this tag (repeatable)
 *
 * Exit status: 0 if something was identified, 2 if nothing was, 1 on errors.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

static const char *tags[16];
static int ntags, format;	/* 0 full, 1 value, 2 export */

static int wanted(const char *tag)
{
	if (!ntags)
		return 1;
	for (int i = 0; i < ntags; i++)
		if (!strcmp(tags[i], tag))
			return 1;
	return 0;
}

static void quoted(const char *s)
{
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			putchar('\\');
		putchar(*s);
	}
}

/* Returns 0 identified, 2 not, 1 error (warned unless quiet). */
static int probe(const char *dev, int quiet)
{
	int fd = open(dev, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		if (!quiet)
			warn_errno("%s", dev);
		return 1;
	}
	struct fsinfo fi;
	int r = fs_probe(fd, &fi);
	int err = errno;
	close(fd);
	if (r < 0) {
		errno = err;
		if (!quiet)
			warn_errno("%s", dev);
		return 1;
	}
	if (r)
		return 2;
	char bs[16];
	snprintf(bs, sizeof bs, "%u", fi.block_size);
	const char *names[] = { "LABEL", "UUID", "BLOCK_SIZE", "TYPE" };
	const char *vals[] = { fi.label, fi.uuid, fi.block_size ? bs : "", fi.type };
	if (format == 0)
		printf("%s:", dev);
	if (format == 2)
		printf("DEVNAME=%s\n", dev);
	for (int i = 0; i < 4; i++) {
		if (!*vals[i] || !wanted(names[i]))
			continue;
		if (format == 0) {
			printf(" %s=\"", names[i]);
			quoted(vals[i]);
			putchar('"');
		} else if (format == 1)
			printf("%s\n", vals[i]);
		else
			printf("%s=%s\n", names[i], vals[i]);
	}
	if (format == 0)
		putchar('\n');
	return 0;
}

int blkid_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "o:s:");
	int c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'o':
			if (!strcmp(o.arg, "full"))
				format = 0;
			else if (!strcmp(o.arg, "value"))
				format = 1;
			else if (!strcmp(o.arg, "export"))
				format = 2;
			else {
				warn_msg("%s: unsupported output format", o.arg);
				return 1;
			}
			break;
		case 's':
			if (ntags == 16)
				return usage();
			tags[ntags++] = o.arg;
			break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	int found = 0, errors = 0, first = 1;
	if (argc) {
		for (int i = 0; i < argc; i++) {
			if (format == 2 && !first && found)
				putchar('\n');
			int r = probe(argv[i], 0);
			found += r == 0;
			errors += r == 1;
			first = 0;
		}
	} else {
		FILE *f = fopen("/proc/partitions", "re");
		if (!f) {
			warn_errno("/proc/partitions");
			return 1;
		}
		char line[256], name[200], dev[256];
		unsigned long long blocks;
		unsigned maj, min;
		while (fgets(line, sizeof line, f))
			if (sscanf(line, " %u %u %llu %199s", &maj, &min, &blocks, name) == 4) {
				snprintf(dev, sizeof dev, "/dev/%s", name);
				if (format == 2 && found)
					putchar('\n');
				found += probe(dev, 1) == 0;
			}
		fclose(f);
	}
	return errors ? 1 : found ? 0 : 2;
}
