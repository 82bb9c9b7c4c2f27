#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <dirent.h>
#include <errno.h>

/* The interface ioctls want some socket; a datagram one is cheapest. */
static int sock(void)
{
	return socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
}

unsigned if_nametoindex(const char *name)
{
	struct ifreq ifr;
	int fd = sock();
	if (fd < 0) return 0;
	strncpy(ifr.ifr_name, name, IFNAMSIZ);
	int r = ioctl(fd, SIOCGIFINDEX, &ifr);
	close(fd);
	return r < 0 ? 0 : (unsigned)ifr.ifr_ifindex;
}

char *if_indextoname(unsigned index, char *name)
{
	struct ifreq ifr;
	int fd = sock();
	if (fd < 0) return 0;
	ifr.ifr_ifindex = index;
	int r = ioctl(fd, SIOCGIFNAME, &ifr);
	close(fd);
	if (r < 0) {
		if (errno == ENODEV) errno = ENXIO;
		return 0;
	}
	return strncpy(name, ifr.ifr_name, IF_NAMESIZE);
}

/* /sys/class/net lists every interface, including those without addresses. */
struct if_nameindex *if_nameindex(void)
{
	DIR *d = opendir("/sys/class/net");
	struct dirent *de;
	struct if_nameindex *v = 0;
	size_t n = 0;
	if (!d) return 0;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.') continue;
		struct if_nameindex *nv = realloc(v, (n + 2) * sizeof *v);
		if (!nv) break;
		v = nv;
		v[n].if_index = if_nametoindex(de->d_name);
		v[n].if_name = strdup(de->d_name);
		if (v[n].if_name && v[n].if_index) n++;
		else free(v[n].if_name);
	}
	closedir(d);
	if (v) v[n] = (struct if_nameindex){ 0, 0 };
	return v;
}

void if_freenameindex(struct if_nameindex *v)
{
	for (struct if_nameindex *p = v; p && p->if_name; p++) free(p->if_name);
	free(v);
}
