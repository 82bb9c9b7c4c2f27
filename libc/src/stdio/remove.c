#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"

int remove(const char *path)
{
	if (!unlink(path))
		return 0;
	if (errno != EISDIR)
		return -1;
	return rmdir(path);
}
