/* stdio streams: buffering modes, reading and writing the same file, seeking, ungetc,
 * getline, error reporting on a full device. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>

static int failed, count;

#define CHECK(cond) check(cond, #cond, __LINE__)

static void check(int ok, const char *what, int line)
{
	count++;
	if (!ok) {
		printf("FAIL line %d: %s\n", line, what);
		failed = 1;
	}
}

int main(void)
{
	char path[64], buf[256], *line = 0;
	size_t cap = 0;
	FILE *f;
	int fd, i, c;
	long n;

	snprintf(path, sizeof path, "/tmp/ring3-stdio-%d", (int)getpid());

	/* write, then read back by lines, characters and blocks */
	f = fopen(path, "w");
	CHECK(f != 0);
	for (i = 0; i < 1000; i++)
		fprintf(f, "line %d\n", i);
	fputs("no newline", f);
	CHECK(ftell(f) == 8890 + 10);
	CHECK(fclose(f) == 0);

	f = fopen(path, "r");
	CHECK(fgets(buf, sizeof buf, f) && !strcmp(buf, "line 0\n"));
	CHECK(fgets(buf, 4, f) && !strcmp(buf, "lin"));
	CHECK(fgetc(f) == 'e' && ungetc('E', f) == 'E' && fgetc(f) == 'E');
	CHECK(getline(&line, &cap, f) == 3 && !strcmp(line, " 1\n"));
	for (i = 2; i < 1000; i++)
		if (getline(&line, &cap, f) < 0 || atoi(line + 5) != i)
			break;
	CHECK(i == 1000);
	CHECK(getline(&line, &cap, f) == 10 && !strcmp(line, "no newline"));
	CHECK(getline(&line, &cap, f) == -1 && feof(f) && !ferror(f));
	CHECK(fgetc(f) == EOF);
	clearerr(f);
	CHECK(!feof(f));

	/* seeking */
	CHECK(fseek(f, 7, SEEK_SET) == 0 && ftell(f) == 7);
	CHECK(fread(buf, 1, 7, f) == 7 && !memcmp(buf, "line 1\n", 7));
	CHECK(fseek(f, -10, SEEK_END) == 0 && fgets(buf, sizeof buf, f) && !strcmp(buf, "no newline"));
	rewind(f);
	CHECK(fgetc(f) == 'l' && ftell(f) == 1);
	CHECK(fseek(f, 5, SEEK_CUR) == 0 && fgetc(f) == '\n');
	n = 0;
	rewind(f);
	while ((c = getc(f)) != EOF)
		n += c == '\n';
	CHECK(n == 1000);
	CHECK(fclose(f) == 0);

	/* update mode: write after read at the stream position */
	f = fopen(path, "r+");
	CHECK(fgetc(f) == 'l');
	CHECK(fseek(f, 0, SEEK_CUR) == 0 && fputs("I", f) >= 0);
	CHECK(fseek(f, 0, SEEK_SET) == 0 && fgets(buf, sizeof buf, f) && !strcmp(buf, "lIne 0\n"));
	CHECK(fclose(f) == 0);

	/* append */
	f = fopen(path, "a+");
	CHECK(fputs("\nappended\n", f) >= 0);
	CHECK(fseek(f, -9, SEEK_END) == 0 && fgets(buf, sizeof buf, f) && !strcmp(buf, "appended\n"));
	CHECK(fclose(f) == 0);

	/* big unbuffered and fully buffered writes */
	f = fopen(path, "w+");
	setvbuf(f, 0, _IONBF, 0);
	for (i = 0; i < 3; i++)
		CHECK(fwrite("abc", 1, 3, f) == 3);
	setvbuf(f, 0, _IOFBF, 16);
	{
		static char big[100000];
		memset(big, 'z', sizeof big);
		CHECK(fwrite(big, 1, sizeof big, f) == sizeof big);
	}
	CHECK(ftell(f) == 100009);
	rewind(f);
	CHECK(fread(buf, 1, 12, f) == 12 && !memcmp(buf, "abcabcabczzz", 12));
	CHECK(fclose(f) == 0);

	/* fdopen and fileno */
	fd = open(path, 0);
	f = fdopen(fd, "r");
	CHECK(f && fileno(f) == fd && fgetc(f) == 'a');
	CHECK(fclose(f) == 0);

	/* errors: reading a write-only stream, writing to /dev/full */
	f = fopen(path, "w");
	CHECK(fgetc(f) == EOF && ferror(f));
	fclose(f);
	CHECK(fopen("/nonexistent/x", "r") == 0 && errno == ENOENT);
	CHECK(fopen(path, "q") == 0 && errno == EINVAL);
	f = fopen("/dev/full", "w");
	if (f) {
		fputs("x", f);
		errno = 0;
		CHECK(fflush(f) == EOF && ferror(f) && errno == ENOSPC);
		CHECK(fclose(f) == EOF || 1);
	}

	/* remove and rename */
	snprintf(buf, sizeof buf, "%s.new", path);
	CHECK(rename(path, buf) == 0 && remove(path) == -1 && errno == ENOENT);
	CHECK(remove(buf) == 0);

	/* memory streams, temporary files, pipes to commands */
	{
		char *mem = 0;
		size_t len = 0;
		f = open_memstream(&mem, &len);
		CHECK(f != 0);
		fprintf(f, "%d-%s", 42, "mem");
		CHECK(fflush(f) == 0 && len == 6 && !strcmp(mem, "42-mem"));
		for (i = 0; i < 3000; i++)
			fputc('a' + i % 26, f);
		CHECK(fclose(f) == 0 && len == 3006 && mem[3005] == 'a' + 2999 % 26 && !mem[3006]);
		free(mem);
		/* More than the stream's buffer in one write: it goes straight through. */
		static char big[20000];
		memset(big, 'x', sizeof big - 1);
		big[sizeof big - 1] = 'y';
		f = open_memstream(&mem, &len);
		CHECK(f && fputs("ab", f) >= 0 && fwrite(big, 1, sizeof big, f) == sizeof big &&
		      fflush(f) == 0 && len == sizeof big + 2 && strlen(mem) == len &&
		      mem[len - 1] == 'y' && ftell(f) == (long)len);
		if (f)
			fclose(f);
		free(mem);
	}
	f = tmpfile();
	CHECK(f != 0);
	CHECK(fputs("temporary", f) >= 0 && fseek(f, 3, SEEK_SET) == 0 &&
	      fgets(buf, sizeof buf, f) && !strcmp(buf, "porary"));
	CHECK(fclose(f) == 0);
	f = popen("echo from a child; echo second", "r");
	CHECK(f && fgets(buf, sizeof buf, f) && !strcmp(buf, "from a child\n"));
	CHECK(f && fgets(buf, sizeof buf, f) && !strcmp(buf, "second\n") && !fgets(buf, sizeof buf, f));
	CHECK(f && pclose(f) == 0);
	f = popen("exit 3", "w");
	CHECK(f && pclose(f) == 3 << 8);

	/* The standard streams map their buffer at first use; stderr (write-only at
	 * start) gets a read function from freopen; ungetc works before any read. */
	snprintf(path, sizeof path, "/tmp/ring3-stdio-std-%d", (int)getpid());
	f = fopen(path, "w");
	CHECK(f && fputs("abc\n", f) >= 0 && fclose(f) == 0);
	CHECK(freopen(path, "r", stdin) == stdin);
	CHECK(ungetc('x', stdin) == 'x' && getchar() == 'x' && getchar() == 'a');
	CHECK(fgets(buf, sizeof buf, stdin) && !strcmp(buf, "bc\n") && getchar() == EOF);
	CHECK(freopen(path, "r", stderr) == stderr);
	CHECK(fgetc(stderr) == 'a' && fgets(buf, sizeof buf, stderr) && !strcmp(buf, "bc\n"));
	unlink(path);

	free(line);
	printf("%s %d stdio checks\n", failed ? "FAIL" : "ok", count);
	return failed;
}
