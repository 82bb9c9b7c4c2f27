/* blkdev.c: LABEL=x and UUID=x device names (fstab, swapon, mount), resolved by probing
 * each device /proc/partitions lists, the way blkid does without a cache. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "ring3.h"

char *blkdev_resolve(const char *spec)
{
	int by_uuid = !strncmp(spec, "UUID=", 5);
	if (!by_uuid && strncmp(spec, "LABEL=", 6))
		return xstrdup(spec);
	const char *want = spec + (by_uuid ? 5 : 6);
	FILE *f = fopen("/proc/partitions", "re");
	if (!f)
		return NULL;
	char line[256], name[200], dev[256], *found = NULL;
	unsigned long long blocks;
	unsigned maj, min;
	while (!found && fgets(line, sizeof line, f)) {
		if (sscanf(line, " %u %u %llu %199s", &maj, &min, &blocks, name) != 4)
			continue;
		snprintf(dev, sizeof dev, "/dev/%s", name);
		int fd = open(dev, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
		if (fd < 0)
			continue;
		struct fsinfo fi;
		/* UUIDs compare without case, as blkid's do; labels exactly */
		if (!fs_probe(fd, &fi) && (by_uuid ? !strcasecmp(fi.uuid, want)
						   : !strcmp(fi.label, want)))
			found = xstrdup(dev);
		close(fd);
	}
	fclose(f);
	return found;
}
