/* fs.h: helpers shared by the file applets in applets/fs (defined in the file named). */
#ifndef FS_H
#define FS_H

#include <sys/stat.h>
#include <sys/types.h>

/* Linux's dev_t encoding, without relying on <sys/sysmacros.h>. */
static inline unsigned long fs_major(unsigned long long d)
{
	return (unsigned long)(((d >> 8) & 0xfff) | ((d >> 32) & ~0xfffull));
}
static inline unsigned long fs_minor(unsigned long long d)
{
	return (unsigned long)((d & 0xff) | ((d >> 12) & ~0xffull));
}
static inline dev_t fs_makedev(unsigned long long ma, unsigned long long mi)
{
	return (dev_t)(((ma & 0xfffff000ull) << 32) | ((ma & 0xfff) << 8) |
		       ((mi & 0xffffff00ull) << 12) | (mi & 0xff));
}

/* ls.c: "drwxr-xr-x" (10 characters and a NUL). */
void fs_mode_string(mode_t m, char out[11]);

/* realpath.c: the absolute, symlink-free form of path (malloc'd), or NULL with errno.
 * need: 'e' every component must exist, 'f' all but the last, 'm' none.
 * follow: resolve symlinks (0 resolves "." and ".." lexically only). */
char *fs_canonicalize(const char *path, int need, int follow);
/* realpath.c: the relative name that leads from directory from to to (both absolute
 * and canonical), e.g. "../b/c"; malloc'd. */
char *fs_relative(const char *from, const char *to);

/* rm.c: remove path (with everything below it given RM_RECURSIVE), holding a fixed
 * number of descriptors however deep the tree. Returns 0 or -1 after a message. */
enum { RM_FORCE = 1, RM_INTERACTIVE = 2, RM_VERBOSE = 4, RM_RECURSIVE = 8, RM_DIR = 16 };
int fs_remove(const char *path, int flags);

/* cp.c: copy src to dst the way cp -a does (mv uses it across file systems).
 * Returns 0 or -1 after a message. */
int fs_copy_all(const char *src, const char *dst);

/* cp.c: the name src gets inside directory dir: dir, a slash unless dir ends in one,
 * and src's last component (trailing slashes dropped); that component alone when dir
 * is NULL. malloc'd. */
char *fs_name_in(const char *dir, const char *src);
/* cp.c: cp, mv and ln with more than two operands and no directory to put them in:
 * says why (the extra operand with -T, else that last is not a directory); returns 1. */
int fs_bad_target(const char *last, const char *extra, int notarget);

/* Ask "applet: PROMPT? " on stderr and read the answer from stdin: 1 for yes. */
int fs_yes(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
