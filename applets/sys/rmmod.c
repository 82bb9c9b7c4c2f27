/* rmmod - unload kernel modules
 *
 * APPLET(rmmod, SBIN)
 * usage: rmmod [-fw] MODULE...
 *
 * Unload each MODULE (a name, or a path to a .ko file; - and _ are the same).
 *
 * -f  force, even if in use (when the kernel allows it) (--force)
 * -w  wait until the module is no longer in use (--wait)
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "ring3.h"

/* The module name of a path or name: basename, no .ko*, '-' as '_'. Shared with modprobe. */
void module_name(const char *s, char *out, size_t size)
{
	const char *b = strrchr(s, '/');
	b = b ? b + 1 : s;
	size_t n = strlen(b);
	const char *ko = strstr(b, ".ko");
	if (ko && (!ko[3] || ko[3] == '.'))
		n = ko - b;
	if (n >= size)
		n = size - 1;
	for (size_t i = 0; i < n; i++)
		out[i] = b[i] == '-' ? '_' : b[i];
	out[n] = 0;
}

int rmmod_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "f(force)w(wait)s(syslog)v(verbose)");
	int flags = O_NONBLOCK, c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'f': flags |= O_TRUNC; break;
		case 'w': flags &= ~O_NONBLOCK; break;
		case 's': case 'v': break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (argc < 1)
		return usage();
	int status = 0;
	for (int i = 0; i < argc; i++) {
		char name[256];
		module_name(argv[i], name, sizeof name);
		if (syscall(SYS_delete_module, name, flags)) {
			if (errno == ENOENT)
				warn_msg("%s: module is not loaded", name);
			else if (errno == EWOULDBLOCK || errno == EBUSY)
				warn_msg("%s: module is in use", name);
			else
				warn_errno("%s", name);
			status = 1;
		}
	}
	return status;
}
