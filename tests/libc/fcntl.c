/* fcntl: the open flags whose values are per architecture (bits/fcntl.h) reach the
   kernel meaning what they say. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static int fails;
#define CHECK(c) do { if (c) printf("ok %s\n", #c); \
	else { printf("FAIL %s (line %d)\n", #c, __LINE__); fails++; } } while (0)

int main(void)
{
	char dir[] = "/tmp/r3fcntl.XXXXXX";
	if (!mkdtemp(dir) || chdir(dir) != 0)
		return printf("FAIL mkdtemp\n"), 1;
	int fd = open("f", O_WRONLY | O_CREAT | O_EXCL, 0600);
	CHECK(fd >= 0 && close(fd) == 0);
	CHECK(symlink("f", "l") == 0);

	CHECK(open("l", O_RDONLY | O_NOFOLLOW) == -1 && errno == ELOOP);
	CHECK(open("f", O_RDONLY | O_DIRECTORY) == -1 && errno == ENOTDIR);
	fd = open(".", O_RDONLY | O_DIRECTORY);
	CHECK(fd >= 0);
	/* The kernel keeps O_DIRECTORY and O_NOFOLLOW in the file's flags; on arm64 x86's
	   O_DIRECTORY would be O_DIRECT. */
	CHECK((fcntl(fd, F_GETFL) & (O_DIRECT | O_DIRECTORY | O_ACCMODE)) == (O_DIRECTORY | O_RDONLY));
	close(fd);
	fd = open("f", O_RDONLY | O_NOFOLLOW);
	CHECK(fd >= 0 && (fcntl(fd, F_GETFL) & (O_DIRECT | O_DIRECTORY | O_NOFOLLOW)) == O_NOFOLLOW);
	CHECK(fcntl(fd, F_SETFL, O_NONBLOCK | O_APPEND) == 0 &&
		(fcntl(fd, F_GETFL) & (O_NONBLOCK | O_APPEND)) == (O_NONBLOCK | O_APPEND));
	close(fd);

	/* An unnamed file in the directory; file systems without O_TMPFILE say EOPNOTSUPP. */
	fd = open(".", O_RDWR | O_TMPFILE, 0600);
	struct stat st;
	CHECK(fd >= 0 ? fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_nlink == 0 :
		errno == EOPNOTSUPP);
	if (fd >= 0)
		close(fd);

	CHECK(unlink("l") == 0 && unlink("f") == 0 && chdir("/") == 0 && rmdir(dir) == 0);
	return fails != 0;
}
