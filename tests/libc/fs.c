/* fs: files and directories through the system-call wrappers: open/read/write/
 * lseek/pread, mkdir/rmdir, link/symlink/readlink/realpath, rename, stat family
 * and utimensat, opendir/readdir/rewinddir, getpwuid/getgrgid, statvfs. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <unistd.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

int main(void)
{
	char dir[64], path[PATH_MAX], buf[PATH_MAX];
	snprintf(dir, sizeof dir, "/tmp/r3fs%d", (int)getpid());
	CHECK(mkdir(dir, 0700) == 0);
	CHECK(chdir(dir) == 0);

	int fd = open("f", O_WRONLY | O_CREAT | O_EXCL, 0640);
	CHECK(fd >= 0);
	CHECK(write(fd, "hello world", 11) == 11);
	CHECK(lseek(fd, 0, SEEK_CUR) == 11);
	CHECK(pwrite(fd, "W", 1, 6) == 1);
	close(fd);
	CHECK(open("f", O_WRONLY | O_CREAT | O_EXCL, 0640) == -1 && errno == EEXIST);
	fd = open("f", O_RDONLY);
	char rb[32] = { 0 };
	CHECK(read(fd, rb, sizeof rb) == 11 && strcmp(rb, "hello World") == 0);
	CHECK(pread(fd, rb, 5, 6) == 5 && memcmp(rb, "World", 5) == 0);
	CHECK(lseek(fd, -5, SEEK_END) == 6);
	struct stat st;
	CHECK(fstat(fd, &st) == 0 && st.st_size == 11 && S_ISREG(st.st_mode) && (st.st_mode & 07777) == (0640 & ~umask(022)));
	umask(022);
	close(fd);

	CHECK(mkdir("d", 0755) == 0 && mkdir("d", 0755) == -1 && errno == EEXIST);
	CHECK(stat("d", &st) == 0 && S_ISDIR(st.st_mode));
	CHECK(link("f", "d/hard") == 0 && stat("f", &st) == 0 && st.st_nlink == 2);
	CHECK(symlink("../f", "d/sym") == 0);
	CHECK(lstat("d/sym", &st) == 0 && S_ISLNK(st.st_mode));
	CHECK(stat("d/sym", &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 11);
	ssize_t n = readlink("d/sym", buf, sizeof buf);
	CHECK(n == 4 && memcmp(buf, "../f", 4) == 0);
	CHECK(readlink("f", buf, sizeof buf) == -1 && errno == EINVAL);
	snprintf(path, sizeof path, "%s/f", dir);
	char *rp = realpath("d/../d/./sym", NULL);
	char want[PATH_MAX];
	CHECK(realpath(dir, want) != NULL);
	strcat(want, "/f");
	CHECK(rp && strcmp(rp, want) == 0);
	free(rp);
	CHECK(realpath("nonexistent/x", buf) == NULL && errno == ENOENT);
	CHECK(rename("d/hard", "d/moved") == 0 && access("d/moved", F_OK) == 0 && access("d/hard", F_OK) == -1);

	struct timespec ts[2] = { { 1000000000, 0 }, { 1234567890, 500 } };
	CHECK(utimensat(AT_FDCWD, "f", ts, 0) == 0);
	CHECK(stat("f", &st) == 0 && st.st_mtim.tv_sec == 1234567890 && st.st_mtim.tv_nsec == 500
		&& st.st_atim.tv_sec == 1000000000);
	CHECK(chmod("f", 0600) == 0 && stat("f", &st) == 0 && (st.st_mode & 0777) == 0600);
	CHECK(truncate("f", 3) == 0 && stat("f", &st) == 0 && st.st_size == 3);

	DIR *d = opendir("d");
	CHECK(d != NULL);
	int seen = 0, entries = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		entries++;
		if (!strcmp(de->d_name, "sym") && (de->d_type == DT_LNK || de->d_type == DT_UNKNOWN))
			seen |= 1;
		if (!strcmp(de->d_name, "moved")) seen |= 2;
	}
	CHECK(seen == 3 && entries == 4);
	rewinddir(d);
	int again = 0;
	while (readdir(d)) again++;
	CHECK(again == 4);
	CHECK(dirfd(d) >= 0);
	closedir(d);
	CHECK(opendir("f") == NULL && errno == ENOTDIR);
	CHECK(opendir("nope") == NULL && errno == ENOENT);

	char tmpl[] = "tmpXXXXXX", tmpl2[] = "tmpXXXXXX";
	int t1 = mkstemp(tmpl), t2 = mkstemp(tmpl2);
	CHECK(t1 >= 0 && t2 >= 0 && strcmp(tmpl, tmpl2) != 0 && strncmp(tmpl, "tmp", 3) == 0);
	CHECK(fstat(t1, &st) == 0 && (st.st_mode & 0777) == 0600);
	close(t1);
	close(t2);
	CHECK(unlink(tmpl) == 0 && unlink(tmpl2) == 0);
	char dtmpl[] = "dirXXXXXX";
	CHECK(mkdtemp(dtmpl) != NULL && stat(dtmpl, &st) == 0 && S_ISDIR(st.st_mode) && rmdir(dtmpl) == 0);
	char bad[] = "tmpXXXX";
	CHECK(mkstemp(bad) == -1 && errno == EINVAL);

	CHECK(rmdir("d") == -1 && errno == ENOTEMPTY);
	CHECK(unlink("d/sym") == 0 && unlink("d/moved") == 0 && rmdir("d") == 0);
	CHECK(unlink("f") == 0 && chdir("/") == 0 && rmdir(dir) == 0);

	struct passwd *pw = getpwuid(0);
	CHECK(pw && strcmp(pw->pw_name, "root") == 0 && pw->pw_uid == 0 && pw->pw_dir[0] == '/');
	pw = getpwnam("root");
	CHECK(pw && pw->pw_uid == 0);
	CHECK(getpwnam("no-such-user-r3") == NULL);
	struct group *gr = getgrgid(0);
	CHECK(gr && gr->gr_gid == 0 && gr->gr_mem != NULL);
	struct statvfs sv;
	CHECK(statvfs("/", &sv) == 0 && sv.f_bsize > 0);
	return fails != 0;
}
