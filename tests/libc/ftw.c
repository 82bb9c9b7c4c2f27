/* ftw: nftw visits every entry once, directories before (or with FTW_DEPTH after)
 * their contents, reports levels and base offsets, and stops on a nonzero return. */
#define _XOPEN_SOURCE 700
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

static int files, dirs, links, maxlevel, order_ok = 1, seen_dir_c;

static int visit(const char *p, const struct stat *st, int type, struct FTW *f)
{
	if (type == FTW_F) files++;
	if (type == FTW_D || type == FTW_DP) dirs++;
	if (type == FTW_SL) links++;
	if (f->level > maxlevel) maxlevel = f->level;
	if (!strcmp(p + f->base, "c") && (type == FTW_D || type == FTW_DP)) seen_dir_c = 1;
	if (!strcmp(p + f->base, "deep") && !seen_dir_c) order_ok = 0;
	return 0;
}

static int rm(const char *p, const struct stat *st, int type, struct FTW *f)
{
	return type == FTW_DP ? rmdir(p) : unlink(p);
}

static int stop(const char *p, const struct stat *st, int type, struct FTW *f)
{
	return type == FTW_F ? 7 : 0;
}

int main(void)
{
	char top[64], path[128];
	snprintf(top, sizeof top, "/tmp/r3ftw%d", (int)getpid());
	mkdir(top, 0755);
	snprintf(path, sizeof path, "%s/a", top); mkdir(path, 0755);
	snprintf(path, sizeof path, "%s/a/c", top); mkdir(path, 0755);
	snprintf(path, sizeof path, "%s/a/c/deep", top); close(creat(path, 0644));
	snprintf(path, sizeof path, "%s/f1", top); close(creat(path, 0644));
	snprintf(path, sizeof path, "%s/a/f2", top); close(creat(path, 0644));
	snprintf(path, sizeof path, "%s/link", top); symlink("f1", path);

	CHECK(nftw(top, visit, 8, FTW_PHYS) == 0);
	CHECK(files == 3 && dirs == 3 && links == 1 && maxlevel == 3 && order_ok);
	CHECK(nftw(top, stop, 8, FTW_PHYS) == 7);
	files = dirs = links = 0;
	CHECK(nftw(top, visit, 8, 0) == 0 && files == 4 && links == 0);
	CHECK(nftw(top, rm, 8, FTW_DEPTH | FTW_PHYS) == 0);
	struct stat st;
	CHECK(stat(top, &st) == -1);
	return fails != 0;
}
