/* catin.c: the operands read as one stream, shared by od and hexdump. */
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

static char *dash[] = { "-", 0 };

void catin_init(struct catin *c, int argc, char **argv)
{
	c->files = argc ? argv : dash;
	c->nfiles = argc ? argc : 1;
	c->cur = -1;
	c->fd = -1;
	c->status = 0;
}

/* Opens the next file that opens: 0, or -1 when none is left. */
static int open_next(struct catin *c)
{
	for (;;) {
		if (c->fd > 0)
			close(c->fd);
		c->fd = -1;
		if (++c->cur >= c->nfiles)
			return -1;
		c->fd = open_input(c->files[c->cur]);
		if (c->fd >= 0)
			return 0;
		c->status = 1;
	}
}

size_t catin_read(struct catin *c, void *buf, size_t n)
{
	size_t got = 0;
	while (got < n) {
		if (c->fd < 0 && open_next(c))
			break;
		ssize_t r = safe_read(c->fd, (char *)buf + got, n - got);
		if (r < 0) {
			warn_errno("%s", c->files[c->cur]);
			c->status = 1;
			r = 0;
		}
		if (!r) {
			if (c->fd > 0)
				close(c->fd);
			c->fd = -1;
			continue;
		}
		got += r;
	}
	return got;
}

unsigned long long catin_skip(struct catin *c, unsigned long long n)
{
	static unsigned char junk[65536];
	while (n) {
		if (c->fd < 0 && open_next(c))
			break;
		/* seek in regular files, but read those that give no size (/proc's) */
		struct stat st;
		if (!fstat(c->fd, &st) && S_ISREG(st.st_mode) && st.st_size > 0) {
			off_t pos = lseek(c->fd, 0, SEEK_CUR);
			if (pos >= 0 && (unsigned long long)(st.st_size - pos) <= n) {
				n -= st.st_size - pos;
				close(c->fd);
				c->fd = -1;
				continue;
			}
			if (pos >= 0 && lseek(c->fd, (off_t)n, SEEK_CUR) >= 0)
				return 0;
		}
		size_t r = catin_read(c, junk, n < sizeof junk ? n : sizeof junk);
		if (!r)
			break;
		n -= r;
	}
	return n;
}
