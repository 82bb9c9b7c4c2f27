#include <dirent.h>
#include <unistd.h>
#include "dirent_impl.h"

void rewinddir(DIR *d)
{
	lseek(d->fd, 0, SEEK_SET);
	d->pos = d->end = 0;
	d->tell = 0;
}

void seekdir(DIR *d, long off)
{
	d->tell = lseek(d->fd, off, SEEK_SET);
	d->pos = d->end = 0;
}

long telldir(DIR *d)
{
	return d->tell;
}
