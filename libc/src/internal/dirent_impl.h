#ifndef _DIRENT_IMPL_H
#define _DIRENT_IMPL_H

struct __dirstream {
	int fd;
	int pos, end;	/* unread entries are buf[pos, end) */
	long tell;	/* d_off of the last entry returned */
	_Alignas(8) char buf[32768 - 4 * sizeof(long)];
};

#endif
