/* grep - print lines that match patterns
 *
 * APPLET(grep, BIN)
 * APPLET(egrep, BIN, grep_main)
 * APPLET(fgrep, BIN, grep_main)
 * usage: grep [-EFGivwxcLlnoqsHhrRa] [-m NUM] [-A NUM] [-B NUM] [-C NUM] [-e PATTERN]... [-f FILE]... [PATTERN] [FILE...]
 *
 * Search each FILE (- or none: standard input; with -r, none is the current
 * directory) for lines matching PATTERN, a basic regular expression unless -E
 * or -F. A pattern holding newlines is several patterns. Exit status: 0 if a line
 * was selected, 1 if none, 2 on an error (unless -q selected a line).
 *
 * -E  extended regular expressions (--extended-regexp)
 * -F  fixed strings (--fixed-strings)
 * -G  basic regular expressions, the default (--basic-regexp)
 * -e PATTERN  use PATTERN (--regexp); may be repeated
 * -f FILE  take patterns from FILE, one a line (--file)
 * -i  ignore case (--ignore-case; -y is the same)
 * -v  select the lines that don't match (--invert-match)
 * -w  match only whole words (--word-regexp)
 * -x  match only whole lines (--line-regexp)
 * -c  print only a count of selected lines per file (--count)
 * -l  print only the names of files with selected lines (--files-with-matches)
 * -L  print only the names of files without (--files-without-match)
 * -n  prefix lines with their line number (--line-number)
 * -o  print only the matched parts, one a line (--only-matching)
 * -q  print nothing, exit 0 at the first selected line (--quiet, --silent)
 * -s  no messages about missing or unreadable files (--no-messages)
 * -H  prefix lines with the file name (--with-filename)
 * -h  never prefix the file name (--no-filename)
 * -r  search directories recursively (--recursive); -R also follows all
 *     symbolic links (--dereference-recursive)
 * -a  treat binary files as text (--text)
 * -I  a binary file (one with a NUL byte) matches nothing (--binary-files=without-match)
 * --binary-files=TYPE  binary (say "binary file matches"), text (-a), without-match (-I)
 * -m NUM  stop reading a file after NUM selected lines (--max-count)
 * -A NUM, -B NUM, -C NUM  print NUM lines of context after, before, or both
 *     (--after-context, --before-context, --context)
 * --color[=WHEN]  highlight matches: never, always or auto (a terminal); colours
 *     come from GREP_COLORS (ms= mt= fn= ln= se=) or GREP_COLOR
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

/* ---- options ---- */
static int fixed, ere, icase, invert, wordx, linex, count_only, list_files, list_nonmatch;
static int number, only, quiet, nomsg, with_name = -1, recursive, deref, text, skip_binary;
static long long max_count = -1;
static size_t after, before;
static int color;
static int context_given;	/* -A, -B or -C, even 0: groups get "--" between them */
static const char *c_match = "01;31", *c_file = "35", *c_line = "32", *c_sep = "36";

/* ---- patterns ---- */
struct pat {
	char *s;
	size_t len;
	regex_t re;
};
static struct pat *pats;
static size_t npats, patcap;
/* A literal every match must contain (grep scans the buffer for it first). */
static char *must;
static size_t mustlen;
static int match_all;	/* an empty pattern: every line matches */

static int status_error;

/* ---- output: one big buffer, written with full_write; a failure is fatal (2) ---- */
static char obuf[1 << 16];
static size_t olen;

static _Noreturn void write_failed(void)
{
	int e = errno;
	if (e != EPIPE) {
		errno = e;
		warn_errno("write error");
	}
	exit(2);
}

static void oflush(void)
{
	if (olen && full_write(1, obuf, olen) < 0)
		write_failed();
	olen = 0;
}

static void out(const void *p, size_t n)
{
	if (n > sizeof obuf - olen) {
		oflush();
		if (n >= sizeof obuf) {
			if (full_write(1, p, n) < 0)
				write_failed();
			return;
		}
	}
	memcpy(obuf + olen, p, n);
	olen += n;
}

static void outs(const char *s)
{
	out(s, strlen(s));
}

static void sgr_start(const char *c)
{
	outs("\33[");
	outs(c);
	outs("m\33[K");
}

static void sgr_end(void)
{
	outs("\33[m\33[K");
}

/* ---- matching ---- */
static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int is_word(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static int word_ok(const char *line, size_t len, size_t so, size_t eo)
{
	return (so == 0 || !is_word((unsigned char)line[so - 1])) &&
		(eo == len || !is_word((unsigned char)line[eo]));
}

/* memmem, case-insensitive when icase: the first occurrence of n in h. */
static const char *search(const char *h, size_t hl, const char *n, size_t nl)
{
	if (!nl)
		return h;
	if (!icase)
		return memmem(h, hl, n, nl);
	/* n is lower case already; look for either case of its first byte with memchr */
	int c0 = (unsigned char)n[0], c1 = c0 >= 'a' && c0 <= 'z' ? c0 - 32 : c0;
	const char *end = h + hl;
	while ((size_t)(end - h) >= nl) {
		const char *a = memchr(h, c0, end - h - nl + 1);
		const char *b = c1 != c0 ? memchr(h, c1, (a ? a : end - nl + 1) - h) : 0;
		const char *p = b ? b : a;
		if (!p)
			return 0;
		size_t i = 1;
		while (i < nl && lower((unsigned char)p[i]) == (unsigned char)n[i])
			i++;
		if (i == nl)
			return p;
		h = p + 1;
	}
	return 0;
}

/* The leftmost-longest match of one pattern in line[from..len) that passes -w; 1 if found. */
static int find_one(struct pat *pt, const char *line, size_t len, size_t from, size_t *so, size_t *eo)
{
	while (from <= len) {
		size_t s, e;
		if (fixed) {
			const char *p = search(line + from, len - from, pt->s, pt->len);
			if (!p)
				return 0;
			s = p - line;
			e = s + pt->len;
		} else {
			regmatch_t m[1] = { { (regoff_t)from, (regoff_t)len } };
			if (regexec(&pt->re, line, 1, m, REG_STARTEND | (from ? REG_NOTBOL : 0)))
				return 0;
			s = m[0].rm_so;
			e = m[0].rm_eo;
		}
		if (!wordx || word_ok(line, len, s, e)) {
			*so = s, *eo = e;
			return 1;
		}
		/* -w: a shorter match at the same start may end at a word boundary */
		if (!fixed)
			while (e > s) {
				regmatch_t m[1] = { { (regoff_t)s, (regoff_t)e - 1 } };
				if (regexec(&pt->re, line, 1, m, REG_STARTEND | REG_NOTEOL | (s ? REG_NOTBOL : 0)) ||
				    (size_t)m[0].rm_so != s)
					break;
				e = m[0].rm_eo;
				if (word_ok(line, len, s, e)) {
					*so = s, *eo = e;
					return 1;
				}
			}
		from = s + 1;
	}
	return 0;
}

/* Leftmost, then longest, match over all patterns; -x wants it to be the whole line. */
static int find(const char *line, size_t len, size_t from, size_t *so, size_t *eo)
{
	int found = 0;
	if (match_all && !wordx && !linex) {
		*so = *eo = from;
		return 1;
	}
	for (size_t i = 0; i < npats; i++) {
		size_t s, e;
		if (linex) {
			if (fixed) {
				if (pats[i].len != len)
					continue;
				if (icase ? !!search(line, len, pats[i].s, len) : !memcmp(line, pats[i].s, len))
					goto whole;
				continue;
			}
			if (find_one(&pats[i], line, len, 0, &s, &e) && s == 0 && e == len)
				goto whole;
			continue;
		whole:
			*so = 0, *eo = len;
			return 1;
		}
		if (find_one(&pats[i], line, len, from, &s, &e) &&
		    (!found || s < *so || (s == *so && e > *eo))) {
			*so = s, *eo = e;
			found = 1;
		}
	}
	return found;
}

static int matches(const char *line, size_t len)
{
	size_t so, eo;
	if (!fixed && !wordx && !linex) {
		/* only whether it matches: no positions, which lets regexec skip work */
		for (size_t i = 0; i < npats; i++) {
			regmatch_t m[1] = { { 0, (regoff_t)len } };
			if (!regexec(&pats[i].re, line, 0, m, REG_STARTEND))
				return 1;
		}
		return 0;
	}
	return find(line, len, 0, &so, &eo);
}

/* ---- per-file state ---- */
struct file {
	const char *name;	/* as printed */
	long long lineno, selected;
	int binary, stop;
	/* context */
	long long last_out;	/* line number of the last line printed, 0 if none */
	size_t after_left;
	char **ring;		/* the last `before` unselected lines, copied */
	size_t *ringlen;
	long long ringno;	/* line number of the newest line in the ring */
	size_t ringn, ringpos;
};
static int any_out;	/* printed a line group, for the "--" separator */
static int selected_any;

static void prefix(struct file *f, long long no, int sep)
{
	char num[32], s[2] = { (char)sep, 0 };
	if (with_name) {
		if (color)
			sgr_start(c_file);
		outs(f->name);
		if (color)
			sgr_end(), sgr_start(c_sep);
		out(s, 1);
		if (color)
			sgr_end();
	}
	if (number) {
		snprintf(num, sizeof num, "%lld", no);
		if (color)
			sgr_start(c_line);
		outs(num);
		if (color)
			sgr_end(), sgr_start(c_sep);
		out(s, 1);
		if (color)
			sgr_end();
	}
}

static void separator(struct file *f, long long no)
{
	if (context_given && any_out && f->last_out != no - 1) {
		if (color)
			sgr_start(c_sep);
		outs("--");
		if (color)
			sgr_end();
		out("\n", 1);
	}
	any_out = 1;
	f->last_out = no;
}

static void print_line(struct file *f, const char *line, size_t len, long long no, int sep)
{
	separator(f, no);
	prefix(f, no, sep);
	if (color && sep == ':' && !invert) {
		size_t from = 0, so, eo;
		while (from <= len && find(line, len, from, &so, &eo)) {
			if (eo == so) {	/* an empty match colours nothing */
				if (so >= len)
					break;
				out(line + from, so + 1 - from);
				from = so + 1;
				continue;
			}
			out(line + from, so - from);
			sgr_start(c_match);
			out(line + so, eo - so);
			sgr_end();
			from = eo;
		}
		out(line + from, len - from);
	} else {
		out(line, len);
	}
	out("\n", 1);
}

static void ring_push(struct file *f, const char *line, size_t len)
{
	if (!before)
		return;
	size_t i = f->ringpos;
	free(f->ring[i]);
	f->ring[i] = xmalloc(len + 1);
	memcpy(f->ring[i], line, len);
	f->ringlen[i] = len;
	f->ringpos = (i + 1) % before;
	if (f->ringn < before)
		f->ringn++;
	f->ringno = f->lineno;
}

static void ring_flush(struct file *f)
{
	for (size_t k = f->ringn; k > 0; k--) {
		size_t i = (f->ringpos + before - k) % before;
		long long no = f->ringno - (long long)k + 1;
		if (no > f->last_out)
			print_line(f, f->ring[i], f->ringlen[i], no, '-');
	}
	f->ringn = 0;
}

/* A selected line. */
static void select_line(struct file *f, const char *line, size_t len)
{
	f->selected++;
	selected_any = 1;
	if (quiet) {
		oflush();
		exit(0);
	}
	if (list_files || list_nonmatch) {
		f->stop = 1;
		return;
	}
	if (f->binary && !count_only) {
		oflush();
		warn_msg("%s: binary file matches", f->name);
		f->stop = 1;
		return;
	}
	if (max_count >= 0 && f->selected >= max_count) {
		if (!after)
			f->stop = 1;
		else
			f->stop = 2;	/* only trailing context from here on */
	}
	if (count_only)
		return;
	if (before)
		ring_flush(f);
	if (only) {
		size_t from = 0, so, eo;
		if (!invert)
			while (from <= len && find(line, len, from, &so, &eo)) {
				if (eo == so) {
					from = so + 1;
					continue;
				}
				separator(f, f->lineno);
				prefix(f, f->lineno, ':');
				if (color)
					sgr_start(c_match);
				out(line + so, eo - so);
				if (color)
					sgr_end();
				out("\n", 1);
				from = eo;
			}
	} else {
		print_line(f, line, len, f->lineno, ':');
	}
	f->after_left = after;
}

static void other_line(struct file *f, const char *line, size_t len)
{
	if (f->after_left && !count_only && !only && !f->binary) {
		f->after_left--;
		print_line(f, line, len, f->lineno, '-');
		if (f->stop == 2 && !f->after_left)
			f->stop = 1;
	} else {
		if (f->stop == 2)
			f->stop = 1;
		else
			ring_push(f, line, len);
	}
}

static long long count_nl(const char *p, const char *e)
{
	long long n = 0;
	while ((p = memchr(p, '\n', e - p))) {
		n++;
		p++;
	}
	return n;
}

/* Complete lines in [p, end): each ends with '\n' except perhaps the last (at EOF). */
static void scan(struct file *f, const char *p, const char *end)
{
	/* Without -v or context, jump from one occurrence of the required literal to the next. */
	int fast = must && !invert && !before && !after && f->stop != 2;
	while (p < end && f->stop != 1) {
		if (fast) {
			const char *c = search(p, end - p, must, mustlen);
			if (!c) {
				if (number)
					f->lineno += count_nl(p, end);
				return;
			}
			const char *ls = memrchr(p, '\n', c - p);
			ls = ls ? ls + 1 : p;
			if (number)
				f->lineno += count_nl(p, ls);
			p = ls;
		}
		const char *le = memchr(p, '\n', end - p);
		if (!le)
			le = end;
		f->lineno++;
		if (f->stop == 2) {
			other_line(f, p, le - p);
		} else if (matches(p, le - p) != invert) {
			select_line(f, p, le - p);
		} else {
			other_line(f, p, le - p);
		}
		p = le + 1;
	}
}

enum { CHUNK = 128 << 10 };

static void grep_fd(int fd, const char *name)
{
	struct file f = { .name = name };
	size_t cap = 2 * CHUNK, len = 0;
	char *buf = xmalloc(cap);
	int eof = 0;
	if (before) {
		f.ring = xzalloc(before * sizeof *f.ring);
		f.ringlen = xzalloc(before * sizeof *f.ringlen);
	}
	if (max_count == 0)
		eof = 1;
	while (!eof && f.stop != 1) {
		if (cap - len < CHUNK) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		ssize_t n = safe_read(fd, buf + len, cap - len);
		if (n < 0) {
			if (!nomsg)
				warn_errno("%s", name);
			status_error = 1;
			break;
		}
		if (n == 0) {
			eof = 1;
			if (len)
				scan(&f, buf, buf + len);
			break;
		}
		if (!text && !f.binary && memchr(buf + len, 0, n)) {
			f.binary = 1;
			if (skip_binary)
				break;	/* -I: the rest of the file can't match */
		}
		len += n;
		char *last = memrchr(buf, '\n', len);
		if (!last)
			continue;
		scan(&f, buf, last + 1);
		len = buf + len - (last + 1);
		memmove(buf, last + 1, len);
	}
	free(buf);
	for (size_t i = 0; f.ring && i < before; i++)
		free(f.ring[i]);
	free(f.ring);
	free(f.ringlen);
	if (count_only) {
		char num[32];
		if (with_name) {
			prefix(&f, 0, ':');
		}
		snprintf(num, sizeof num, "%lld\n", f.selected);
		outs(num);
	}
	if ((list_files && f.selected) || (list_nonmatch && !f.selected)) {
		if (color)
			sgr_start(c_file);
		outs(name);
		if (color)
			sgr_end();
		out("\n", 1);
		if (list_nonmatch)
			selected_any = 1;
	}
}

static void grep_path(const char *path, const char *shown, int top);

static void grep_dir(const char *path, const char *shown)
{
	DIR *d = opendir(path);
	if (!d) {
		if (!nomsg)
			warn_errno("%s", shown);
		status_error = 1;
		return;
	}
	struct dirent *de;
	char **names = 0;
	size_t n = 0, cap = 0;
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		if (n == cap)
			names = xrealloc(names, (cap = cap ? 2 * cap : 16) * sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	for (size_t i = 0; i < n; i++) {
		size_t pl = strlen(path), sl = strlen(shown), nl = strlen(names[i]);
		char *p = xmalloc(pl + nl + 2), *s = xmalloc(sl + nl + 2);
		int slash = pl && path[pl - 1] != '/';
		sprintf(p, "%s%s%s", path, slash ? "/" : "", names[i]);
		if (!*shown)
			strcpy(s, names[i]);
		else
			sprintf(s, "%s%s%s", shown, sl && shown[sl - 1] != '/' ? "/" : "", names[i]);
		grep_path(p, s, 0);
		free(p);
		free(s);
		free(names[i]);
	}
	free(names);
}

static void grep_path(const char *path, const char *shown, int top)
{
	struct stat st;
	if (!strcmp(path, "-") && top) {
		grep_fd(0, "(standard input)");
		return;
	}
	if (recursive) {
		int r = (deref || top) ? stat(path, &st) : lstat(path, &st);
		if (r == 0 && S_ISLNK(st.st_mode))
			return;	/* -r skips symbolic links met while recursing */
		if (r == 0 && S_ISDIR(st.st_mode)) {
			grep_dir(path, shown);
			return;
		}
		if (r == 0 && !top && !S_ISREG(st.st_mode))
			return;	/* devices, fifos and sockets found inside a tree */
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		if (!nomsg)
			warn_errno("%s", shown);
		status_error = 1;
		return;
	}
	if (!fstat(fd, &st) && S_ISDIR(st.st_mode)) {
		if (!nomsg)
			warn_msg("%s: Is a directory", shown);
		status_error = 1;
		close(fd);
		return;
	}
	grep_fd(fd, shown);
	close(fd);
}

/* ---- pattern setup ---- */
static void add_patterns(const char *s, size_t len)
{
	const char *e = s + len;
	for (;;) {
		const char *nl = memchr(s, '\n', e - s);
		size_t n = (nl ? nl : e) - s;
		if (npats == patcap)
			pats = xrealloc(pats, (patcap = patcap ? 2 * patcap : 8) * sizeof *pats);
		pats[npats].s = xmalloc(n + 1);
		memcpy(pats[npats].s, s, n);
		pats[npats].s[n] = 0;
		pats[npats].len = n;
		npats++;
		if (!nl)
			break;
		s = nl + 1;
	}
}

static int read_pattern_file(const char *name)
{
	int fd = open_input(name);
	if (fd < 0)
		return -1;
	struct lines l;
	char *line;
	size_t len;
	lines_init(&l, fd, '\n');
	while ((line = lines_next(&l, &len)))
		add_patterns(line, len);
	int err = l.err;
	lines_free(&l);
	if (fd)
		close(fd);
	if (err) {
		warn_errno("%s", name);
		return -1;
	}
	return 0;
}

/* The longest run of plain characters that any match of a regex must contain: only
 * for a single pattern without alternation, taken from its top level (outside groups
 * and brackets), dropping a character that a repetition operator follows. Anything
 * unusual ends the run, which only makes the literal shorter (never wrong). */
static void find_must(const char *s)
{
	char lit[256], best[256];
	size_t litlen = 0, bestlen = 0;
	int depth = 0;
	for (const char *p = s; *p;) {
		int c = -1, rep = 0;	/* a literal byte; or a repetition of the previous atom */
		const char *next = p + 1;
		if (*p == '\\') {
			char d = p[1];
			if (!d || d == '|')
				return;
			next = p + 2;
			if (!ere && d == '(')
				depth++;
			else if (!ere && d == ')')
				depth--;
			else if (!ere && (d == '+' || d == '?'))
				rep = 1;
			else if (!ere && d == '{') {
				rep = 1;
				while (*next && !(next[0] == '\\' && next[1] == '}'))
					next++;
				if (!*next)
					return;
				next += 2;
			} else if (strchr(".[]*^$\\/-+?(){}", d))
				c = (unsigned char)d;
		} else {
			switch (*p) {
			case '|':
				if (ere)
					return;
				c = '|';
				break;
			case '(':
			case ')':
				if (ere)
					depth += *p == '(' ? 1 : -1;
				else
					c = (unsigned char)*p;
				break;
			case '[':
				if (*next == '^')
					next++;
				if (*next == ']')
					next++;
				while (*next && *next != ']') {
					if (*next == '[' && (next[1] == ':' || next[1] == '=' || next[1] == '.')) {
						char k = next[1];
						next += 2;
						while (*next && !(next[0] == k && next[1] == ']'))
							next++;
						if (!*next)
							return;
						next++;
					}
					next++;
				}
				if (!*next)
					return;
				next++;
				break;
			case '*':
				if (p == s)
					c = '*';
				else
					rep = 1;
				break;
			case '+':
			case '?':
			case '{':
				if (!ere) {
					c = (unsigned char)*p;
					break;
				}
				rep = 1;
				if (*p == '{') {
					while (*next && *next != '}')
						next++;
					if (!*next)
						return;
					next++;
				}
				break;
			case '.':
			case '^':
			case '$':
				break;
			default:
				c = (unsigned char)*p;
			}
		}
		p = next;
		if (c >= 0 && depth == 0 && litlen < sizeof lit) {
			lit[litlen++] = (char)c;
			continue;
		}
		if (rep && litlen)
			litlen--;	/* the repeated byte may be absent or differ */
		if (litlen > bestlen)
			memcpy(best, lit, bestlen = litlen);
		litlen = 0;
	}
	if (litlen > bestlen)
		memcpy(best, lit, bestlen = litlen);
	if (bestlen) {
		must = xmalloc(bestlen);
		memcpy(must, best, mustlen = bestlen);
	}
}

static void parse_colors(void)
{
	const char *g = getenv("GREP_COLOR");
	if (g && *g)
		c_match = g;
	const char *s = getenv("GREP_COLORS");
	if (!s)
		return;
	char *copy = xstrdup(s), *save = 0;
	for (char *t = strtok_r(copy, ":", &save); t; t = strtok_r(0, ":", &save)) {
		char *eq = strchr(t, '=');
		if (!eq)
			continue;
		*eq++ = 0;
		if (!strcmp(t, "mt") || !strcmp(t, "ms"))
			c_match = eq;
		else if (!strcmp(t, "fn"))
			c_file = eq;
		else if (!strcmp(t, "ln"))
			c_line = eq;
		else if (!strcmp(t, "se"))
			c_sep = eq;
	}
}

static int parse_num(const char *s, long long *v, const char *what)
{
	char *e;
	errno = 0;
	long long n = strtoll(s, &e, 10);
	if (!*s || *e || errno || n < 0) {
		warn_msg("invalid %s", what);
		return -1;
	}
	*v = n;
	return 0;
}

int grep_main(int argc, char **argv)
{
	int c, have_e = 0, bad = 0;
	long long v;
	if (!strcmp(applet_name, "egrep"))
		ere = 1;
	else if (!strcmp(applet_name, "fgrep"))
		fixed = 1;
	/* --color[=WHEN] has an optional argument, which opt_next doesn't do: take it here */
	const char *when = 0;
	int k = 1;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--")) {
			while (i < argc)
				argv[k++] = argv[i++];
			break;
		}
		if (!strncmp(a, "--colo", 6) && (!strcmp(a + 6, "r") || !strcmp(a + 6, "ur") ||
		    !strncmp(a + 6, "r=", 2) || !strncmp(a + 6, "ur=", 3))) {
			const char *eq = strchr(a, '=');
			when = eq ? eq + 1 : "auto";
			continue;
		}
		argv[k++] = argv[i];
	}
	argv[k] = 0;
	argc = k;
	if (when) {
		if (!strcmp(when, "always") || !strcmp(when, "yes") || !strcmp(when, "force"))
			color = 1;
		else if (!strcmp(when, "auto") || !strcmp(when, "tty") || !strcmp(when, "if-tty"))
			color = isatty(1) && getenv("TERM") && strcmp(getenv("TERM"), "dumb");
		else if (!strcmp(when, "never") || !strcmp(when, "no") || !strcmp(when, "none"))
			color = 0;
		else {
			warn_msg("invalid argument '%s' for '--color'", when);
			return 2;
		}
	}

	struct opt o = OPT_INIT(argc, argv,
		"E(extended-regexp)F(fixed-strings)G(basic-regexp)e(regexp):f(file):i(ignore-case)y"
		"v(invert-match)w(word-regexp)x(line-regexp)c(count)l(files-with-matches)"
		"L(files-without-match)n(line-number)o(only-matching)q(quiet)(silent)s(no-messages)"
		"H(with-filename)h(no-filename)r(recursive)R(dereference-recursive)a(text)"
		"m(max-count):A(after-context):B(before-context):C(context):I\001(binary-files):");
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'E': ere = 1, fixed = 0; break;
		case 'F': fixed = 1, ere = 0; break;
		case 'G': fixed = 0, ere = 0; break;
		case 'e':
			add_patterns(o.arg, strlen(o.arg));
			have_e = 1;
			break;
		case 'f':
			if (read_pattern_file(o.arg))
				return 2;
			have_e = 1;
			break;
		case 'i': case 'y': icase = 1; break;
		case 'v': invert = 1; break;
		case 'w': wordx = 1; break;
		case 'x': linex = 1; break;
		case 'c': count_only = 1; break;
		case 'l': list_files = 1, list_nonmatch = 0; break;
		case 'L': list_nonmatch = 1, list_files = 0; break;
		case 'n': number = 1; break;
		case 'o': only = 1; break;
		case 'q': quiet = 1; break;
		case 's': nomsg = 1; break;
		case 'H': with_name = 1; break;
		case 'h': with_name = 0; break;
		case 'r': recursive = 1; break;
		case 'R': recursive = deref = 1; break;
		case 'a': text = 1, skip_binary = 0; break;
		case 'I': skip_binary = 1, text = 0; break;
		case 1:
			if (!strcmp(o.arg, "text"))
				text = 1, skip_binary = 0;
			else if (!strcmp(o.arg, "binary"))
				text = skip_binary = 0;
			else if (!strcmp(o.arg, "without-match"))
				skip_binary = 1, text = 0;
			else {
				warn_msg("unknown binary-files type");
				return 2;
			}
			break;
		case 'm':
			if (parse_num(o.arg, &max_count, "max count"))
				return 2;
			break;
		case 'A': case 'B': case 'C':
			if (parse_num(o.arg, &v, "context length argument")) {
				bad = 1;
				break;
			}
			context_given = 1;
			if (c != 'B')
				after = v;
			if (c != 'A')
				before = v;
			break;
		default:
			bad = 1;
		}
	if (bad) {
		usage();
		return 2;
	}
	argc -= o.ind;
	argv += o.ind;
	if (!have_e) {
		if (!argc) {
			usage();
			return 2;
		}
		add_patterns(argv[0], strlen(argv[0]));
		argc--, argv++;
	}
	if (color)
		parse_colors();
	if (only && (before || after))
		before = after = 0;	/* GNU prints no context with -o */
	if (count_only || list_files || list_nonmatch || quiet)
		context_given = 0;

	for (size_t i = 0; i < npats; i++) {
		if (!pats[i].len)
			match_all = 1;
		if (fixed) {
			if (icase)
				for (size_t j = 0; j < pats[i].len; j++)
					pats[i].s[j] = (char)lower((unsigned char)pats[i].s[j]);
			continue;
		}
		int r = regcomp(&pats[i].re, pats[i].s,
			(ere ? REG_EXTENDED : 0) | (icase ? REG_ICASE : 0));
		if (r) {
			char msg[256];
			regerror(r, &pats[i].re, msg, sizeof msg);
			warn_msg("%s", msg);
			return 2;
		}
	}
	if (!match_all && npats == 1) {
		if (fixed) {
			must = pats[0].s;
			mustlen = pats[0].len;
		} else {
			find_must(pats[0].s);
			if (must && icase)
				for (size_t j = 0; j < mustlen; j++)
					must[j] = (char)lower((unsigned char)must[j]);
		}
	}
	if (with_name < 0)
		with_name = argc > 1 || recursive;
	if (!argc) {
		if (recursive)
			grep_path(".", "", 1);
		else
			grep_path("-", "-", 1);
	}
	for (int i = 0; i < argc; i++)
		grep_path(argv[i], argv[i], 1);
	oflush();
	return status_error && !(quiet && selected_any) ? 2 : selected_any ? 0 : 1;
}
