/* wc - count lines, words and bytes
 *
 * APPLET(wc, USR_BIN)
 * usage: wc [-clmwL] [--total=WHEN] [FILE...]
 *
 * Print newline, word and byte counts of each FILE (- is standard input, the
 * default), and a total line when there are several files. With no option,
 * -lwc is assumed. The columns are in the order lines, words, chars, bytes,
 * longest line, whichever options ask for them.
 *
 * -c  count bytes (--bytes)
 * -m  count characters, UTF-8 sequences (--chars)
 * -l  count newlines (--lines)
 * -w  count words, runs of non-white-space bytes (--words)
 * -L  print the width of the longest line (--max-line-length)
 * --total=WHEN  auto (default), always, only or never print the total line
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

enum { LINES, WORDS, CHARS, BYTES, MAXLEN, NCOUNTS };
enum { BUFSZ = 256 << 10 };

static int want[NCOUNTS];
static int width;
static char *buf;

/* Counts fd; returns 0 or -1 on a read error (errno set). */
static int count_fd(int fd, unsigned long long c[NCOUNTS])
{
	memset(c, 0, NCOUNTS * sizeof c[0]);
	struct stat st;
	int slow = want[WORDS] || want[CHARS] || want[MAXLEN];
	/* only bytes: a regular file's size is enough */
	if (!slow && !want[LINES] && !fstat(fd, &st) && S_ISREG(st.st_mode) && st.st_size > 0) {
		off_t pos = lseek(fd, 0, SEEK_CUR);
		if (pos >= 0 && pos <= st.st_size && lseek(fd, st.st_size, SEEK_SET) >= 0) {
			c[BYTES] = st.st_size - pos;
			/* a file that grew or has an odd size: read the rest */
		} else if (pos >= 0) {
			lseek(fd, pos, SEEK_SET);
		}
	}
#ifdef POSIX_FADV_SEQUENTIAL
	posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
	int in_word = 0;
	unsigned long long linepos = 0;
	for (;;) {
		ssize_t n = safe_read(fd, buf, BUFSZ);
		if (n < 0)
			return -1;
		if (n == 0)
			break;
		c[BYTES] += n;
		if (!slow) {
			if (want[LINES])
				c[LINES] += mem_count(buf, '\n', n);
			continue;
		}
		const unsigned char *p = (const unsigned char *)buf, *end = p + n;
		for (; p < end; p++) {
			unsigned ch = *p;
			if ((ch & 0xc0) != 0x80)
				c[CHARS]++;
			switch (ch) {
			case '\n':
				c[LINES]++;
				/* fall through */
			case '\r': case '\f':
				if (linepos > c[MAXLEN])
					c[MAXLEN] = linepos;
				linepos = 0;
				goto sep;
			case '\t':
				linepos += 8 - linepos % 8;
				goto sep;
			case ' ':
				linepos++;
				/* fall through */
			case '\v':
			sep:
				if (in_word) {
					c[WORDS]++;
					in_word = 0;
				}
				break;
			default:
				in_word = 1;
				if (ch >= 0x20 && ch != 0x7f && (ch & 0xc0) != 0x80)
					linepos++;
				break;
			}
		}
	}
	if (in_word)
		c[WORDS]++;
	if (linepos > c[MAXLEN])
		c[MAXLEN] = linepos;
	return 0;
}

static void print_counts(const unsigned long long c[NCOUNTS], const char *name)
{
	const char *sep = "";
	for (int i = 0; i < NCOUNTS; i++) {
		if (!want[i])
			continue;
		printf("%s%*llu", sep, width, c[i]);
		sep = " ";
	}
	if (name)
		printf(" %s", name);
	putchar('\n');
}

int wc_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "c(bytes)m(chars)l(lines)w(words)L(max-line-length)T(total):");
	const char *total = "auto";
	int ch, any = 0;
	while ((ch = opt_next(&o)) != -1) {
		switch (ch) {
		case 'c': want[BYTES] = any = 1; break;
		case 'm': want[CHARS] = any = 1; break;
		case 'l': want[LINES] = any = 1; break;
		case 'w': want[WORDS] = any = 1; break;
		case 'L': want[MAXLEN] = any = 1; break;
		case 'T':
			if (strcmp(o.arg, "auto") && strcmp(o.arg, "always") &&
			    strcmp(o.arg, "only") && strcmp(o.arg, "never")) {
				warn_msg("invalid argument '%s' for '--total'", o.arg);
				return usage();
			}
			total = o.arg;
			break;
		default:
			return usage();
		}
	}
	if (!any)
		want[LINES] = want[WORDS] = want[BYTES] = 1;
	argc -= o.ind;
	argv += o.ind;
	char *stdin_only[] = { "-", 0 };
	int named = argc > 0;
	if (!argc) {
		argv = stdin_only;
		argc = 1;
	}
	buf = xmalloc_page(BUFSZ);

	/* GNU's column width: digits of the regular files' total size, at least 7 when
	 * some input is not a regular file, 1 when there is one file and one count */
	int ncounts = 0;
	for (int i = 0; i < NCOUNTS; i++)
		ncounts += want[i];
	width = 1;
	if (!(argc == 1 && ncounts == 1)) {
		unsigned long long sum = 0;
		int minw = 1;
		for (int i = 0; i < argc; i++) {
			struct stat st;
			int r = strcmp(argv[i], "-") ? stat(argv[i], &st) : fstat(0, &st);
			if (r)
				continue;
			if (S_ISREG(st.st_mode))
				sum += st.st_size;
			else
				minw = 7;
		}
		for (; sum >= 10; sum /= 10)
			width++;
		if (width < minw)
			width = minw;
	}

	int status = 0, nok = 0;
	unsigned long long tot[NCOUNTS] = { 0 }, c[NCOUNTS];
	int print_each = strcmp(total, "only");
	for (int i = 0; i < argc; i++) {
		const char *name = argv[i];
		int fd = open_input(name);
		if (fd < 0) {
			status = 1;
			continue;
		}
		if (count_fd(fd, c)) {
			warn_errno("%s", name);
			status = 1;
		}
		if (fd)
			close(fd);
		nok++;
		for (int k = 0; k < NCOUNTS; k++)
			tot[k] = k == MAXLEN ? (c[k] > tot[k] ? c[k] : tot[k]) : tot[k] + c[k];
		if (print_each)
			print_counts(c, named ? name : 0);
	}
	int print_total = !strcmp(total, "always") || !strcmp(total, "only") ||
		(!strcmp(total, "auto") && argc > 1);
	if (print_total) {
		if (!strcmp(total, "only"))
			width = 1;
		print_counts(tot, strcmp(total, "only") ? "total" : 0);
	}
	(void)nok;
	return status;
}
