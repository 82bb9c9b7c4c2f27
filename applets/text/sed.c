/* sed - stream editor
 *
 * APPLET(sed, BIN)
 * usage: sed [-nEsuz] [-i[SUFFIX]] [-l N] [-e SCRIPT]... [-f FILE]... [SCRIPT] [FILE...]
 *
 * Edit each FILE (- or none: standard input) line by line with SCRIPT and write the
 * result to standard output. Exit status: 0, 1 for a bad script, 2 if an input file
 * could not be read, 4 on an I/O error.
 *
 * -n  print only what the script prints (--quiet, --silent; "#n" first line too)
 * -e SCRIPT  add SCRIPT (--expression); -f FILE  add the script in FILE (--file)
 * -E, -r  extended regular expressions (--regexp-extended)
 * -i[SUFFIX]  edit files in place, keeping a backup named with SUFFIX if given
 *     (a * in it stands for the file name) (--in-place[=SUFFIX])
 * -s  treat files as separate: line numbers and $ restart (--separate)
 * -l N  line length for the l command (--line-length)
 * -u  unbuffered (accepted; output is flushed at the end of each cycle only)
 * -z  lines end with NUL (--null-data)
 *
 * Commands (addresses: N, $, /RE/, \cREc, FIRST~STEP, A1,A2, A1,+N, A1,~N, 0,/RE/; ! negates):
 * {...}  = a i c (a\ NEWLINE TEXT, or a TEXT)  b t T [LABEL]  :LABEL  d D  g G  h H  x
 * l [N]  n N  p P  q Q [EXIT]  r R FILE  w W FILE  s/RE/REPL/[gpNiImMw FILE]  y/SRC/DST/
 * z  F  #comment. In REPL: & and \0-\9, \n, \L \U \l \u \E; an empty RE is the last used.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ring3.h"

/* ---- growable byte strings ---- */
struct str {
	char *s;
	size_t len, cap;
};

static void sreserve(struct str *b, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 128;
		while (cap < b->len + n + 1)
			cap *= 2;
		b->s = xrealloc(b->s, cap);
		b->cap = cap;
	}
}

static void sadd(struct str *b, const char *p, size_t n)
{
	sreserve(b, n);
	memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = 0;
}

static void saddc(struct str *b, int c)
{
	char ch = (char)c;
	sadd(b, &ch, 1);
}

static void sset(struct str *b, const char *p, size_t n)
{
	b->len = 0;
	sadd(b, p, n);
}

/* ---- the script ---- */
enum { A_NONE, A_LINE, A_LAST, A_RE, A_STEP, A_PLUS, A_MULT, A_ZERO };

struct addr {
	int type;
	unsigned long n, step;
	regex_t *re;	/* NULL with A_RE: the last regex used */
};

struct repl {		/* one piece of an s replacement */
	int kind;	/* 'c' characters, 'g' group, or a case op: 'U' 'L' 'u' 'l' 'E' */
	int group;
	char *text;
	size_t len;
};

struct wfile {
	char *name;
	FILE *fp;	/* NULL: standard output */
};

struct cmd {
	struct addr a1, a2;
	int neg;
	char c;
	int active;		/* inside an A1,A2 range */
	unsigned long end;	/* last line of a numeric or +N range */
	int ended;		/* the range ended on this line (for c) */
	char *text;		/* a i c text; label; r R file name */
	size_t textlen;
	int jump;		/* b t T: target; {: index just past the matching } */
	int num;		/* q Q exit code, l width, s occurrence */
	/* s */
	regex_t *re;
	struct repl *rp;
	int nrp, global, print, eval;
	struct wfile *w;
	unsigned char *ytab;
};

static struct cmd *cmds;
static int ncmds, capcmds;
static int nflag, ere, separate, inplace, posix_mode;
static const char *suffix;
static int lwidth = 70;
static char delim = '\n';

/* Script text: all -e and -f pieces joined by newlines; chunks remember where each
 * came from for error messages. */
struct chunk {
	size_t start, end;
	int expr;		/* -e number, or 0 for a file */
	const char *file;
};
static struct str script;
static struct chunk *chunks;
static int nchunks, nexpr;
static size_t pos;	/* parse position in script.s */

static _Noreturn void bad(const char *msg)
{
	struct chunk *c = 0;
	for (int i = 0; i < nchunks; i++)
		if (pos >= chunks[i].start && pos <= chunks[i].end) {
			c = &chunks[i];
			break;
		}
	fflush(stdout);
	if (!c)
		warn_msg("%s", msg);
	else if (c->file) {
		int line = 1;
		for (size_t i = c->start; i < pos && i < c->end; i++)
			line += script.s[i] == '\n' && i + 1 < pos;
		warn_msg("file %s line %d: %s", c->file, line, msg);
	} else {
		warn_msg("-e expression #%d, char %zu: %s", c->expr, pos - c->start, msg);
	}
	exit(1);
}

static int peek(void)
{
	return pos < script.len ? (unsigned char)script.s[pos] : -1;
}

static int get(void)
{
	return pos < script.len ? (unsigned char)script.s[pos++] : -1;
}

static void skip_ws(void)
{
	while (peek() == ' ' || peek() == '\t')
		pos++;
}

static struct cmd *new_cmd(void)
{
	if (ncmds == capcmds)
		cmds = xrealloc(cmds, (capcmds = capcmds ? 2 * capcmds : 32) * sizeof *cmds);
	memset(&cmds[ncmds], 0, sizeof *cmds);
	return &cmds[ncmds++];
}

/* sed's regex dialect over POSIX: \n and \t stand for newline and tab. */
static char *convert_re(const char *p, size_t n)
{
	struct str o = { 0 };
	for (size_t i = 0; i < n; i++) {
		if (p[i] == '\\' && i + 1 < n) {
			char d = p[++i];
			if (d == 'n')
				saddc(&o, '\n');
			else if (d == 't')
				saddc(&o, '\t');
			else {
				saddc(&o, '\\');
				saddc(&o, d);
			}
			continue;
		}
		saddc(&o, p[i]);
	}
	sadd(&o, "", 0);
	return o.s;
}

/* A compiled regex; a pattern that is plain text is also kept as such, and matched
 * with memmem: s/foo/bar/ is the common case and regexec costs far more. */
struct sre {
	regex_t re;	/* first: a regex_t * from compile_re points to a struct sre */
	char *lit;
	size_t litlen;
};

/* Does pat stand for itself in BRE and ERE alike? Letters, digits and punctuation
 * that no syntax gives a meaning to. */
static int plain_text(const char *pat)
{
	if (!*pat)
		return 0;
	for (const unsigned char *q = (const unsigned char *)pat; *q; q++)
		if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
		      (*q >= '0' && *q <= '9') || strchr(" _,;:'\"/=<>!@#%&~-", *q)))
			return 0;
	return 1;
}

static regex_t *compile_re(const char *p, size_t n, int flags)
{
	if (!n) {
		if (flags)
			bad("no previous regular expression");
		return 0;	/* the last regex, at run time */
	}
	struct sre *x = xzalloc(sizeof *x);
	char *pat = convert_re(p, n);
	int r = regcomp(&x->re, pat, (ere ? REG_EXTENDED : 0) | flags);
	if (r) {
		char msg[256];
		regerror(r, &x->re, msg, sizeof msg);
		bad(msg);
	}
	if (!(flags & REG_ICASE) && plain_text(pat)) {
		x->lit = pat;
		x->litlen = strlen(pat);
	} else {
		free(pat);
	}
	return &x->re;
}

/* Text up to an unescaped delimiter d; \d becomes d, \n a newline where nl_escape
 * (y strings), other escapes stay as they are. Returns 0 at the end of the script. */
static int delimited(int d, struct str *o, int for_y)
{
	o->len = 0;
	sadd(o, "", 0);
	for (;;) {
		int c = get();
		if (c < 0)
			return 0;
		if (c == d)
			return 1;
		if (c == '\n' && for_y)
			return 0;
		if (c == '\\') {
			int e = get();
			if (e < 0)
				return 0;
			if (e == d)
				saddc(o, d);
			else if (e == 'n' && for_y)
				saddc(o, '\n');
			else if (e == '\n')
				saddc(o, '\n');
			else if (for_y && e == '\\')
				saddc(o, '\\');
			else if (for_y && e == 't')
				saddc(o, '\t');
			else {
				if (for_y)
					bad("unknown option to `y'");	/* never reached in GNU terms */
				saddc(o, '\\');
				saddc(o, e);
			}
			continue;
		}
		saddc(o, c);
	}
}

static int re_flags(void)
{
	int f = 0;
	for (;;) {
		int c = peek();
		if (c == 'I')
			f |= REG_ICASE;
		else if (c == 'M')
			f |= REG_NEWLINE;
		else
			return f;
		pos++;
	}
}

static unsigned long number(void)
{
	unsigned long n = 0;
	while (peek() >= '0' && peek() <= '9')
		n = n * 10 + (get() - '0');
	return n;
}

static int parse_addr(struct addr *a, int second)
{
	int c = peek();
	struct str t = { 0 };
	if (c >= '0' && c <= '9') {
		a->n = number();
		a->type = A_LINE;
		if (peek() == '~' && !second) {
			pos++;
			a->step = number();
			a->type = A_STEP;
		}
		return 1;
	}
	if (second && (c == '+' || c == '~')) {
		pos++;
		if (peek() < '0' || peek() > '9')
			bad("expected newer version of sed");
		a->n = number();
		a->type = c == '+' ? A_PLUS : A_MULT;
		return 1;
	}
	if (c == '$') {
		pos++;
		a->type = A_LAST;
		return 1;
	}
	if (c == '/' || c == '\\') {
		pos++;
		int d = c == '/' ? '/' : get();
		if (d < 0 || d == '\n' || d == '\\')
			bad("unexpected `,'");
		if (!delimited(d, &t, 0))
			bad("unterminated address regex");
		int f = re_flags();
		a->type = A_RE;
		a->re = compile_re(t.s, t.len, f);
		free(t.s);
		return 1;
	}
	return 0;
}

/* Text of a, i, c: "a\" NEWLINE lines (a trailing backslash continues), or the GNU
 * one-liner "a text". Backslashes escape the next character. */
static void parse_text(struct cmd *k)
{
	struct str t = { 0 };
	skip_ws();
	if (peek() == '\\') {
		pos++;
		if (peek() == '\n')
			pos++;
	} else if (peek() < 0 || peek() == '\n') {
		bad("expected \\ after `a', `c' or `i'");
	}
	for (;;) {
		int c = get();
		if (c < 0 || c == '\n')
			break;
		if (c == '\\') {
			c = get();
			if (c < 0)
				break;
		}
		saddc(&t, c);
	}
	saddc(&t, '\n');
	k->text = t.s;
	k->textlen = t.len;
}

/* A file name: the rest of the line; a label (label set): up to ';' or blank, and for
 * a branch ('}' in label) up to '}' too, as GNU does. Trailing blanks are dropped. */
static char *parse_word(const char *label)
{
	struct str t = { 0 };
	skip_ws();
	while (peek() >= 0 && peek() != '\n' && !(label && strchr(label, peek())))
		saddc(&t, get());
	while (t.len && (t.s[t.len - 1] == ' ' || t.s[t.len - 1] == '\t'))
		t.len--;
	sadd(&t, "", 0);
	return t.s;
}

static struct wfile *wfiles[64];
static int nwfiles;

static struct wfile *open_wfile(const char *name)
{
	for (int i = 0; i < nwfiles; i++)
		if (!strcmp(wfiles[i]->name, name))
			return wfiles[i];
	if (nwfiles == (int)(sizeof wfiles / sizeof *wfiles))
		bad("too many w files");
	struct wfile *w = xzalloc(sizeof *w);
	w->name = xstrdup(name);
	if (strcmp(name, "/dev/stdout")) {
		w->fp = fopen(strcmp(name, "/dev/stderr") ? name : "/dev/stderr", "w");
		if (!w->fp) {
			warn_errno("couldn't open file %s", name);
			exit(4);
		}
	}
	wfiles[nwfiles++] = w;
	return w;
}

static void end_of_cmd(void)
{
	skip_ws();
	int c = peek();
	if (c < 0 || c == '\n' || c == ';' || c == '}' || c == '#')
		return;
	pos++;
	bad("extra characters after command");
}

static void parse_s(struct cmd *k)
{
	struct str re = { 0 }, rp = { 0 };
	int d = get();
	if (d < 0 || d == '\n' || d == '\\')
		bad("unterminated `s' command");
	if (!delimited(d, &re, 0))
		bad("unterminated `s' command");
	/* the replacement: keep escapes for the piece splitter below */
	for (;;) {
		int c = get();
		if (c < 0)
			bad("unterminated `s' command");
		if (c == d)
			break;
		if (c == '\\') {
			int e = get();
			if (e < 0)
				bad("unterminated `s' command");
			if (e == d) {
				saddc(&rp, e);
				continue;
			}
			saddc(&rp, '\\');
			saddc(&rp, e);
			continue;
		}
		saddc(&rp, c);
	}
	int flags = 0, maxref = 0;
	k->num = 1;
	int have_num = 0;
	for (;;) {
		int c = peek();
		if (c == 'g') {
			if (k->global)
				bad("multiple `g' options to `s' command");
			k->global = 1;
		} else if (c == 'p') {
			if (k->print)
				bad("multiple `p' options to `s' command");
			k->print = 1;
		} else if (c == 'i' || c == 'I') {
			flags |= REG_ICASE;
		} else if (c == 'm' || c == 'M') {
			flags |= REG_NEWLINE;
		} else if (c == 'e') {
			pos++;
			bad("the e flag is not supported");
		} else if (c >= '0' && c <= '9') {
			if (have_num)
				bad("multiple number options to `s' command");
			unsigned long n = number();
			if (!n)
				bad("number option to `s' command may not be zero");
			k->num = n > INT_MAX ? INT_MAX : (int)n;
			have_num = 1;
			continue;
		} else if (c == 'w') {
			pos++;
			char *name = parse_word(NULL);
			k->w = open_wfile(name);
			free(name);
			break;
		} else {
			if (c >= 0 && c != '\n' && c != ';' && c != '}' && c != '#' && c != ' ' && c != '\t') {
				pos++;
				bad("unknown option to `s'");
			}
			break;
		}
		pos++;
	}
	/* split the replacement into pieces */
	struct str lit = { 0 };
	int n = 0;
	k->rp = xmalloc((rp.len + 2) * sizeof *k->rp);
#define FLUSH_LIT() do { if (lit.len) { k->rp[n++] = (struct repl){ 'c', 0, lit.s, lit.len }; lit = (struct str){ 0 }; } } while (0)
	for (size_t i = 0; i < rp.len; i++) {
		char c = rp.s[i];
		if (c == '&') {
			FLUSH_LIT();
			k->rp[n++] = (struct repl){ 'g', 0, 0, 0 };
		} else if (c == '\\' && i + 1 < rp.len) {
			char e = rp.s[++i];
			if (e >= '0' && e <= '9') {
				FLUSH_LIT();
				k->rp[n++] = (struct repl){ 'g', e - '0', 0, 0 };
				if (e - '0' > maxref)
					maxref = e - '0';
			} else if (strchr("LUluE", e)) {
				FLUSH_LIT();
				k->rp[n++] = (struct repl){ e, 0, 0, 0 };
			} else if (e == 'n') {
				saddc(&lit, '\n');
			} else if (e == 't') {
				saddc(&lit, '\t');
			} else {
				saddc(&lit, e);
			}
		} else {
			saddc(&lit, c);
		}
	}
	FLUSH_LIT();
#undef FLUSH_LIT
	k->nrp = n;
	k->re = compile_re(re.s, re.len, flags);
	if (k->re && maxref > (int)k->re->re_nsub) {
		char msg[64];
		snprintf(msg, sizeof msg, "invalid reference \\%d on `s' command's RHS", maxref);
		bad(msg);
	}
	k->num = k->num ? k->num : 1;
	k->jump = maxref;	/* checked again at run time for an empty regex */
	free(re.s);
	free(rp.s);
}

static void parse_y(struct cmd *k)
{
	struct str a = { 0 }, b = { 0 };
	int d = get();
	if (d < 0 || d == '\n' || d == '\\')
		bad("unterminated `y' command");
	if (!delimited(d, &a, 1) || !delimited(d, &b, 1))
		bad("unterminated `y' command");
	if (a.len != b.len)
		bad("strings for `y' command are different lengths");
	k->ytab = xmalloc(256);
	for (int i = 0; i < 256; i++)
		k->ytab[i] = (unsigned char)i;
	for (size_t i = 0; i < a.len; i++)
		k->ytab[(unsigned char)a.s[i]] = (unsigned char)b.s[i];
	free(a.s);
	free(b.s);
}

static int blocks[256], nblocks;

static void parse_script(void)
{
	for (;;) {
		int c;
		while ((c = peek()) == ' ' || c == '\t' || c == '\n' || c == ';')
			pos++;
		if (c < 0)
			break;
		if (c == '#') {
			while (peek() >= 0 && peek() != '\n')
				pos++;
			continue;
		}
		struct cmd *k = new_cmd();
		int idx = ncmds - 1;
		if (parse_addr(&k->a1, 0)) {
			skip_ws();
			if (peek() == ',') {
				pos++;
				skip_ws();
				if (!parse_addr(&k->a2, 1))
					bad("unexpected `,'");
			}
		}
		skip_ws();
		if (peek() == '!') {
			pos++;
			k->neg = 1;
			skip_ws();
			if (peek() == '!') {
				pos++;
				bad("multiple `!'s");
			}
		}
		c = get();
		if (k->a1.type == A_LINE && k->a1.n == 0) {
			if (k->a2.type != A_RE)
				bad("invalid usage of line address 0");
			k->a1.type = A_ZERO;
		}
		k->c = (char)c;
		int naddr = k->a1.type ? 1 + !!k->a2.type : 0;
		switch (c) {
		case -1:
			bad("missing command");
		case '{':
			if (nblocks == (int)(sizeof blocks / sizeof *blocks))
				bad("too many nested {");
			blocks[nblocks++] = idx;
			continue;
		case '}':
			if (naddr)
				bad("} doesn't want any addresses");
			if (!nblocks)
				bad("unexpected `}'");
			cmds[blocks[--nblocks]].jump = idx + 1;
			end_of_cmd();
			continue;
		case '#':
			bad("comments don't accept any addresses");
		case ':':
			if (naddr)
				bad(": doesn't want any addresses");
			k->text = parse_word("; \t");
			if (!*k->text)
				bad("\":\" lacks a label");
			continue;
		case 'a': case 'i': case 'c':
			parse_text(k);
			continue;
		case 'b': case 't': case 'T':
			k->text = parse_word("; \t}");
			end_of_cmd();
			continue;
		case 'r': case 'R': case 'w': case 'W':
			k->text = parse_word(NULL);
			if (!*k->text)
				bad("missing filename in r/R/w/W commands");
			if (c == 'w' || c == 'W')
				k->w = open_wfile(k->text);
			continue;
		case 'q': case 'Q':
			if (naddr > 1)
				bad("command only uses one address");
			skip_ws();
			k->num = (int)number();
			end_of_cmd();
			continue;
		case 'l': case 'L':
			skip_ws();
			k->num = peek() >= '0' && peek() <= '9' ? (int)number() : -1;
			end_of_cmd();
			continue;
		case 's':
			parse_s(k);
			end_of_cmd();
			continue;
		case 'y':
			parse_y(k);
			end_of_cmd();
			continue;
		case '=': case 'd': case 'D': case 'g': case 'G': case 'h': case 'H': case 'x':
		case 'n': case 'N': case 'p': case 'P': case 'z': case 'F':
			end_of_cmd();
			continue;
		case 'e':
			bad("the e command is not supported");
		default: {
			char msg[32];
			snprintf(msg, sizeof msg, "unknown command: `%c'", c);
			bad(msg);
		}
		}
	}
	if (nblocks) {
		pos = chunks[0].start;
		for (int i = 0; i < nchunks; i++)	/* GNU reports char 0 */
			pos = chunks[i].start;
		bad("unmatched `{'");
	}
	/* resolve branch labels */
	for (int i = 0; i < ncmds; i++) {
		struct cmd *k = &cmds[i];
		if (k->c != 'b' && k->c != 't' && k->c != 'T')
			continue;
		k->jump = ncmds;
		if (!*k->text)
			continue;
		int j;
		for (j = 0; j < ncmds; j++)
			if (cmds[j].c == ':' && !strcmp(cmds[j].text, k->text))
				break;
		if (j == ncmds) {
			fflush(stdout);
			warn_msg("can't find label for jump to `%s'", k->text);
			exit(4);
		}
		k->jump = j;
	}
}

/* ---- output ---- */
static int outfd = 1;
static char obuf[1 << 16];
static size_t olen;

static _Noreturn void io_fail(const char *what)
{
	warn_errno("%s", what);
	exit(4);
}

static int missing_nl;	/* the last line went out without its newline: add it before more */

static void oflush(void)
{
	if (olen && full_write(outfd, obuf, olen) < 0)
		io_fail(outfd == 1 ? "couldn't flush stdout" : "couldn't write to output file");
	olen = 0;
}

static void outc(char c);

static void out(const char *p, size_t n)
{
	if (missing_nl) {
		missing_nl = 0;
		outc(delim);
	}
	if (n > sizeof obuf - olen) {
		oflush();
		if (n >= sizeof obuf) {
			if (full_write(outfd, p, n) < 0)
				io_fail(outfd == 1 ? "couldn't flush stdout" : "couldn't write to output file");
			return;
		}
	}
	memcpy(obuf + olen, p, n);
	olen += n;
}

static void outc(char c)
{
	if (missing_nl) {
		missing_nl = 0;
		outc(delim);
	}
	if (olen == sizeof obuf)
		oflush();
	obuf[olen++] = c;
}

/* ---- input ---- */
static char **files;
static int nfiles, fileidx;
static int in_open;	/* l below is a live reader */
static struct lines in;
static int in_fd = -1;
static const char *cur_name = "-";	/* of the file the pending line came from */
static char *pend;
static size_t pendlen;
static int pend_delim, have_pend;
static int status;
static unsigned long lineno;
static int last_delim = 1;	/* the line in the pattern space ended with a delimiter */
static int is_last;

/* -i state */
static char *tmpname;
static const char *target;

static void finish_inplace(void);
static void start_inplace(const char *name, int fd);

/* Open the next input file; 0 when there is none. */
static int open_next(void)
{
	while (fileidx < nfiles) {
		const char *name = files[fileidx++];
		int fd;
		if (!strcmp(name, "-") && !inplace)
			fd = 0;
		else
			fd = open(name, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			fflush(stdout);
			warn_errno("can't read %s", name);
			status = 2;
			continue;
		}
		struct stat st;
		if (!fstat(fd, &st) && S_ISDIR(st.st_mode)) {
			if (inplace)
				warn_msg("couldn't edit %s: not a regular file", name);
			else
				warn_msg("read error on %s: Is a directory", name);
			status = inplace ? 4 : 2;
			close(fd);
			continue;
		}
		lines_init(&in, fd, delim);
		in_fd = fd;
		in_open = 1;
		cur_name = name;
		if (inplace)
			start_inplace(name, fd);
		return 1;
	}
	return 0;
}

static void close_input(void)
{
	if (!in_open)
		return;
	if (in.err) {
		errno = in.err;
		warn_errno("read error on %s", cur_name);
		status = 2;
	}
	lines_free(&in);
	if (in_fd > 0)
		close(in_fd);
	in_open = 0;
}

/* Read ahead one line, so that $ is known; with -s/-i not past the current file. */
static void fill_pend(int cross)
{
	have_pend = 0;
	for (;;) {
		if (!in_open && (!cross || !open_next()))
			return;
		char *p = lines_next(&in, &pendlen);
		if (p) {
			pend = p;
			pend_delim = in.delimited;
			have_pend = 1;
			return;
		}
		if (!cross)
			return;	/* the caller closes it */
		close_input();
	}
}

/* The next line into ps; 0 at the end of input (of this file with -s/-i). */
static int read_line(struct str *ps, int append)
{
	if (!have_pend)
		return 0;
	if (append)
		saddc(ps, '\n');
	else
		ps->len = 0;
	sadd(ps, pend, pendlen);
	last_delim = pend_delim;
	lineno++;
	fill_pend(!(separate || inplace));
	is_last = !have_pend;
	return 1;
}

static void start_inplace(const char *name, int fd)
{
	const char *slash = strrchr(name, '/');
	size_t dl = slash ? (size_t)(slash - name + 1) : 0;
	tmpname = xmalloc(dl + 16);
	memcpy(tmpname, name, dl);
	strcpy(tmpname + dl, "sedXXXXXX");
	int t = mkstemp(tmpname);
	if (t < 0) {
		warn_errno("couldn't open temporary file %s", tmpname);
		exit(4);
	}
	struct stat st;
	if (!fstat(fd, &st)) {
		fchmod(t, st.st_mode & 07777);
		if (fchown(t, st.st_uid, st.st_gid)) {
			/* not ours to give away: keep our ownership */
		}
	}
	oflush();
	missing_nl = 0;
	outfd = t;
	target = name;
}

static void finish_inplace(void)
{
	if (!target)
		return;
	oflush();
	missing_nl = 0;
	if (close(outfd))
		io_fail("couldn't close output file");
	outfd = 1;
	if (suffix && *suffix) {
		struct str b = { 0 };
		const char *base = strrchr(target, '/');
		base = base ? base + 1 : target;
		if (strchr(suffix, '*')) {
			if (!strchr(suffix, '/'))
				sadd(&b, target, base - target);
			for (const char *s = suffix; *s; s++)
				if (*s == '*')
					sadd(&b, base, strlen(base));
				else
					saddc(&b, *s);
		} else {
			sadd(&b, target, strlen(target));
			sadd(&b, suffix, strlen(suffix));
		}
		if (rename(target, b.s)) {
			warn_errno("cannot rename %s", target);
			status = 4;
		}
		free(b.s);
	}
	if (rename(tmpname, target)) {
		warn_errno("cannot rename %s", tmpname);
		unlink(tmpname);
		status = 4;
	}
	free(tmpname);
	tmpname = 0;
	target = 0;
}

/* ---- execution ---- */
static struct str ps, hs, tmp;
static regex_t *last_re;
static int tflag, quitting = -1;

/* Things to print at the end of the cycle: a/r/R. */
struct app {
	int kind;	/* 't' text, 'r' file, 'R' a line already read */
	const char *text;
	size_t len;
	char *own;
};
static struct app *apps;
static int napps, capapps;

struct rfile {
	char *name;
	struct lines l;
	int fd, eof;
};
static struct rfile rfiles[32];
static int nrfiles;

static void append(int kind, const char *text, size_t len, char *own)
{
	if (napps == capapps)
		apps = xrealloc(apps, (capapps = capapps ? 2 * capapps : 8) * sizeof *apps);
	apps[napps++] = (struct app){ kind, text, len, own };
}

static void dump_append(void)
{
	for (int i = 0; i < napps; i++) {
		struct app *a = &apps[i];
		if (a->kind == 'r') {
			int fd = open(a->text, O_RDONLY | O_CLOEXEC);
			if (fd < 0)
				continue;	/* r of a missing file is silently nothing */
			char buf[65536];
			ssize_t n;
			while ((n = safe_read(fd, buf, sizeof buf)) > 0)
				out(buf, n);
			close(fd);
		} else {
			out(a->text, a->len);
		}
		free(a->own);
	}
	napps = 0;
}

static void read_R(const char *name)
{
	struct rfile *r = 0;
	for (int i = 0; i < nrfiles; i++)
		if (!strcmp(rfiles[i].name, name))
			r = &rfiles[i];
	if (!r) {
		if (nrfiles == (int)(sizeof rfiles / sizeof *rfiles))
			return;
		r = &rfiles[nrfiles++];
		r->name = xstrdup(name);
		r->fd = open(name, O_RDONLY | O_CLOEXEC);
		r->eof = r->fd < 0;
		if (r->fd >= 0)
			lines_init(&r->l, r->fd, '\n');
	}
	if (r->eof)
		return;
	size_t len;
	char *p = lines_next(&r->l, &len);
	if (!p) {
		r->eof = 1;
		return;
	}
	char *copy = xmalloc(len + 1);
	memcpy(copy, p, len);
	copy[len] = '\n';
	append('R', copy, len + 1, copy);
}

static void wline(struct wfile *w, const char *p, size_t n)
{
	if (!w->fp) {
		out(p, n);
		outc(delim);
		return;
	}
	fwrite(p, 1, n, w->fp);
	putc(delim, w->fp);
}

static void print_ps(void)
{
	out(ps.s, ps.len);
	if (last_delim || !is_last)
		outc(delim);
	else
		missing_nl = 1;
}

static int run_regex(regex_t *re, const char *s, size_t len, size_t from, regmatch_t *m, size_t nm)
{
	if (!re) {
		re = last_re;
		if (!re) {
			warn_msg("no previous regular expression");
			exit(1);
		}
	}
	last_re = re;
	const struct sre *x = (const struct sre *)re;
	if (x->lit) {
		const char *p = memmem(s + from, len - from, x->lit, x->litlen);
		if (!p)
			return 0;
		m[0].rm_so = (regoff_t)(p - s);
		m[0].rm_eo = (regoff_t)(p - s + x->litlen);
		for (size_t i = 1; i < nm; i++)
			m[i].rm_so = m[i].rm_eo = -1;
		return 1;
	}
	m[0].rm_so = (regoff_t)from;
	m[0].rm_eo = (regoff_t)len;
	return !regexec(re, s, nm, m, REG_STARTEND | (from ? REG_NOTBOL : 0));
}

static int addr_match(struct addr *a)
{
	regmatch_t m[1];
	switch (a->type) {
	case A_LINE:
		return lineno == a->n;
	case A_LAST:
		return is_last;
	case A_STEP:
		if (!a->step)
			return lineno == a->n;
		return lineno >= a->n && (lineno - a->n) % a->step == 0;
	case A_RE:
		return run_regex(a->re, ps.s, ps.len, 0, m, 1);
	}
	return 0;
}

static int selected(struct cmd *k)
{
	int r;
	k->ended = 0;
	if (!k->a1.type)
		return !k->neg;
	if (!k->a2.type) {
		r = addr_match(&k->a1);
		return r != k->neg;
	}
	if (k->active) {
		switch (k->a2.type) {
		case A_RE:
			if (addr_match(&k->a2))
				k->active = 0;
			break;
		case A_LAST:
			if (is_last)
				k->active = 0;
			break;
		default:	/* a numeric end, computed when the range began */
			if (lineno >= k->end)
				k->active = 0;
			if (lineno > k->end) {
				/* GNU: a line number already passed ends the range without this line */
				k->ended = 1;
				return k->neg;
			}
		}
		k->ended = !k->active;
		return !k->neg;
	}
	if (k->a1.type == A_ZERO) {
		if (lineno == 1 && !k->ended) {
			/* 0,/re/: the end regex may match the very first line */
			k->active = 1;
			if (addr_match(&k->a2))
				k->active = 0;
			k->ended = !k->active;
			k->a1.type = A_NONE - 1;	/* only once */
			return !k->neg;
		}
		return k->neg;
	}
	if (!addr_match(&k->a1))
		return k->neg;
	k->active = 1;
	switch (k->a2.type) {
	case A_LINE:
		k->end = k->a2.n;
		if (k->end <= lineno)
			k->active = 0;
		break;
	case A_PLUS:
		k->end = lineno + k->a2.n;
		if (!k->a2.n)
			k->active = 0;
		break;
	case A_MULT:
		if (!k->a2.n || lineno % k->a2.n == 0)
			k->active = 0;
		else
			k->end = (lineno / k->a2.n + 1) * k->a2.n;
		break;
	case A_LAST:
		if (is_last)
			k->active = 0;
		break;
	}
	k->ended = !k->active;
	return !k->neg;
}

/* Append text to dst, applying \U \L \u \l case conversion. */
static int case_mode, case_once;

static void add_cased(struct str *dst, const char *p, size_t n)
{
	if (!case_mode && !case_once) {
		sadd(dst, p, n);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		int c = (unsigned char)p[i];
		if (case_once) {
			c = case_once == 'u' ? (c >= 'a' && c <= 'z' ? c - 32 : c) : (c >= 'A' && c <= 'Z' ? c + 32 : c);
			case_once = 0;
		} else if (case_mode == 'U' && c >= 'a' && c <= 'z') {
			c -= 32;
		} else if (case_mode == 'L' && c >= 'A' && c <= 'Z') {
			c += 32;
		}
		saddc(dst, c);
	}
}

static int do_subst(struct cmd *k)
{
	regmatch_t m[10];
	size_t from = 0, prev_end = (size_t)-1;
	int count = 0, did = 0;
	regex_t *re = k->re ? k->re : last_re;
	if (re && k->jump > (int)re->re_nsub) {
		warn_msg("invalid reference \\%d on `s' command's RHS", k->jump);
		exit(1);
	}
	tmp.len = 0;
	sadd(&tmp, "", 0);
	while (from <= ps.len) {
		if (!run_regex(k->re, ps.s, ps.len, from, m, 10))
			break;
		size_t so = m[0].rm_so, eo = m[0].rm_eo;
		if (so == eo && so == prev_end) {
			/* an empty match right after the previous match doesn't count */
			if (so >= ps.len)
				break;
			sadd(&tmp, ps.s + from, so + 1 - from);
			from = so + 1;
			continue;
		}
		count++;
		sadd(&tmp, ps.s + from, so - from);
		if (count >= k->num) {
			case_mode = case_once = 0;
			for (int i = 0; i < k->nrp; i++) {
				struct repl *r = &k->rp[i];
				if (r->kind == 'c')
					add_cased(&tmp, r->text, r->len);
				else if (r->kind == 'g') {
					regmatch_t *g = &m[r->group];
					if (g->rm_so >= 0)
						add_cased(&tmp, ps.s + g->rm_so, g->rm_eo - g->rm_so);
				} else if (r->kind == 'U' || r->kind == 'L') {
					case_mode = r->kind, case_once = 0;
				} else if (r->kind == 'E') {
					case_mode = case_once = 0;
				} else {
					case_once = r->kind;
				}
			}
			did = 1;
		} else {
			sadd(&tmp, ps.s + so, eo - so);
		}
		prev_end = eo;
		if (so == eo) {
			if (so < ps.len)
				saddc(&tmp, ps.s[so]);
			from = so + 1;
		} else {
			from = eo;
		}
		if (did && !k->global)
			break;
	}
	if (!did)
		return 0;
	if (from < ps.len)
		sadd(&tmp, ps.s + from, ps.len - from);
	struct str t = ps;
	ps = tmp;
	tmp = t;
	return 1;
}

static void do_l(int width)
{
	char buf[8];
	int col = 0;
	if (width < 0)
		width = lwidth;
	for (size_t i = 0; i < ps.len; i++) {
		unsigned char c = (unsigned char)ps.s[i];
		const char *e = 0;
		switch (c) {
		case '\\': e = "\\\\"; break;
		case '\a': e = "\\a"; break;
		case '\b': e = "\\b"; break;
		case '\f': e = "\\f"; break;
		case '\n': e = "\\n"; break;
		case '\r': e = "\\r"; break;
		case '\t': e = "\\t"; break;
		case '\v': e = "\\v"; break;
		}
		if (!e) {
			if (c >= 32 && c < 127) {
				buf[0] = (char)c, buf[1] = 0;
			} else {
				snprintf(buf, sizeof buf, "\\%03o", c);
			}
			e = buf;
		}
		int w = (int)strlen(e);
		if (width > 1 && col + w > width - 1) {
			out("\\\n", 2);
			col = 0;
		}
		out(e, w);
		col += w;
	}
	out("$\n", 2);
}

/* One cycle over the pattern space; returns 0 normally, 1 to skip the autoprint. */
enum { END_NORMAL, END_DELETE, END_RESTART, END_QUIT, END_QUIT_SILENT };

static int execute(void)
{
	int pc = 0;
	while (pc < ncmds) {
		struct cmd *k = &cmds[pc];
		if (k->c == '}' || k->c == ':' || k->c == '#') {
			pc++;
			continue;
		}
		if (!selected(k)) {
			pc = k->c == '{' ? k->jump : pc + 1;
			continue;
		}
		pc++;
		switch (k->c) {
		case '{':
			break;
		case '=': {
			char num[32];
			int n = snprintf(num, sizeof num, "%lu\n", lineno);
			out(num, n);
			break;
		}
		case 'a':
			append('t', k->text, k->textlen, 0);
			break;
		case 'i':
			out(k->text, k->textlen);
			break;
		case 'c':
			if (!k->a2.type || k->neg || k->ended)
				out(k->text, k->textlen);
			return END_DELETE;
		case 'b':
			pc = k->jump;
			break;
		case 't':
			if (tflag) {
				tflag = 0;
				pc = k->jump;
			}
			break;
		case 'T':
			if (!tflag)
				pc = k->jump;
			else
				tflag = 0;
			break;
		case 'd':
			return END_DELETE;
		case 'D': {
			char *nl = memchr(ps.s, '\n', ps.len);
			if (!nl)
				return END_DELETE;
			size_t cut = nl - ps.s + 1;
			memmove(ps.s, ps.s + cut, ps.len - cut + 1);
			ps.len -= cut;
			return END_RESTART;
		}
		case 'g':
			sset(&ps, hs.s ? hs.s : "", hs.len);
			break;
		case 'G':
			saddc(&ps, '\n');
			sadd(&ps, hs.s ? hs.s : "", hs.len);
			break;
		case 'h':
			sset(&hs, ps.s, ps.len);
			break;
		case 'H':
			saddc(&hs, '\n');
			sadd(&hs, ps.s, ps.len);
			break;
		case 'x': {
			struct str t = ps;
			ps = hs;
			hs = t;
			if (!ps.s)
				sadd(&ps, "", 0);
			break;
		}
		case 'l':
			do_l(k->num);
			break;
		case 'n':
			if (!have_pend)
				return posix_mode ? END_QUIT_SILENT : END_QUIT;
			if (!nflag)
				print_ps();
			dump_append();
			read_line(&ps, 0);
			break;
		case 'N':
			if (!have_pend)
				return posix_mode ? END_QUIT_SILENT : END_QUIT;
			dump_append();
			read_line(&ps, 1);
			break;
		case 'p':
			print_ps();
			break;
		case 'P': {
			char *nl = memchr(ps.s, '\n', ps.len);
			out(ps.s, nl ? (size_t)(nl - ps.s) : ps.len);
			outc(delim);
			break;
		}
		case 'q':
			quitting = k->num;
			return END_QUIT;
		case 'Q':
			quitting = k->num;
			return END_QUIT_SILENT;
		case 'r':
			append('r', k->text, 0, 0);
			break;
		case 'R':
			read_R(k->text);
			break;
		case 'w':
			wline(k->w, ps.s, ps.len);
			break;
		case 'W': {
			char *nl = memchr(ps.s, '\n', ps.len);
			wline(k->w, ps.s, nl ? (size_t)(nl - ps.s) : ps.len);
			break;
		}
		case 's':
			if (do_subst(k)) {
				tflag = 1;
				if (k->print)
					print_ps();
				if (k->w)
					wline(k->w, ps.s, ps.len);
			}
			break;
		case 'y':
			for (size_t i = 0; i < ps.len; i++)
				ps.s[i] = (char)k->ytab[(unsigned char)ps.s[i]];
			break;
		case 'z':
			ps.len = 0;
			ps.s[0] = 0;
			break;
		case 'F':
			out(strcmp(cur_name, "-") ? cur_name : "-", strlen(cur_name));
			outc('\n');
			break;
		}
	}
	return END_NORMAL;
}

/* Run the script over the input stream (one file with -s/-i, all otherwise). */
static int process(void)
{
	int restart = 0;
	for (;;) {
		if (!restart) {
			if (!read_line(&ps, 0))
				return 0;
			tflag = 0;
		}
		restart = 0;
		int r = execute();
		if (r == END_NORMAL || r == END_QUIT) {
			if (!nflag)
				print_ps();
		}
		if (r != END_QUIT_SILENT)
			dump_append();
		if (r == END_QUIT || r == END_QUIT_SILENT)
			return 1;
		if (r == END_RESTART) {
			/* D: run again on what's left, reading a new line only if it is empty */
			restart = 1;
		}
	}
}

static void add_chunk(const char *text, size_t len, int expr, const char *file)
{
	if (script.len)
		saddc(&script, '\n');
	chunks = xrealloc(chunks, (nchunks + 1) * sizeof *chunks);
	chunks[nchunks++] = (struct chunk){ script.len, script.len + len, expr, file };
	sadd(&script, text, len);
}

static void add_script_file(const char *name)
{
	int fd = open_input(name);
	if (fd < 0)
		exit(1);
	struct str t = { 0 };
	char buf[65536];
	ssize_t n;
	while ((n = safe_read(fd, buf, sizeof buf)) > 0)
		sadd(&t, buf, n);
	if (n < 0) {
		warn_errno("%s", name);
		exit(1);
	}
	if (fd)
		close(fd);
	if (t.len && t.s[t.len - 1] == '\n')
		t.len--;
	add_chunk(t.s ? t.s : "", t.len, 0, name);
	free(t.s);
}

int sed_main(int argc, char **argv)
{
	int c;
	/* -i takes an optional attached suffix, which opt_next can't express: do it here */
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (!strncmp(argv[i], "--in-place", 10) && (!argv[i][10] || argv[i][10] == '=')) {
			inplace = 1;
			suffix = argv[i][10] ? argv[i] + 11 : 0;
			argv[i] = "-s";
		} else if (argv[i][0] == '-' && argv[i][1] == 'i') {
			inplace = 1;
			suffix = argv[i][2] ? argv[i] + 2 : 0;
			argv[i] = "-s";
		} else if (argv[i][0] == '-' && argv[i][1] != '-' && strchr(argv[i], 'i') &&
			   !strpbrk(argv[i], "efl")) {
			/* a cluster like -ni.bak */
			char *p = strchr(argv[i], 'i');
			inplace = 1;
			suffix = p[1] ? p + 1 : 0;
			*p = 0;
		}
	}
	struct opt o = OPT_INIT(argc, argv,
		"n(quiet)(silent)e(expression):f(file):E(regexp-extended)rs(separate)l(line-length):"
		"u(unbuffered)z(null-data)(zero-terminated)P(posix)");
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'n': nflag = 1; break;
		case 'e':
			add_chunk(o.arg, strlen(o.arg), ++nexpr, 0);
			break;
		case 'f':
			add_script_file(o.arg);
			break;
		case 'E': case 'r': ere = 1; break;
		case 's': separate = 1; break;
		case 'l':
			lwidth = atoi(o.arg);
			break;
		case 'u': break;
		case 'z': delim = 0; break;
		case 'P': posix_mode = 1; break;
		default:
			usage();
			return 1;
		}
	argc -= o.ind;
	argv += o.ind;
	if (!nchunks) {
		if (!argc) {
			usage();
			return 1;
		}
		add_chunk(argv[0], strlen(argv[0]), ++nexpr, 0);
		argc--, argv++;
	}
	if (script.len >= 2 && script.s[0] == '#' && script.s[1] == 'n' &&
	    (script.len == 2 || script.s[2] == '\n'))
		nflag = 1;
	parse_script();
	sadd(&ps, "", 0);
	sadd(&hs, "", 0);
	sadd(&tmp, "", 0);

	static char *stdin_only[] = { "-" };
	if (argc) {
		files = argv;
		nfiles = argc;
	} else {
		if (inplace) {
			warn_msg("no input files");
			return 4;
		}
		files = stdin_only;
		nfiles = 1;
	}
	int quit = 0;
	if (separate || inplace) {
		while (!quit && open_next()) {
			lineno = 0;
			fill_pend(0);
			is_last = !have_pend;
			quit = process();
			if (quit && inplace) {
				/* q: the rest of the file is copied unchanged by GNU? no: dropped */
			}
			close_input();
			finish_inplace();
		}
	} else {
		fill_pend(1);
		quit = process();
		close_input();
	}
	oflush();
	for (int i = 0; i < nwfiles; i++)
		if (wfiles[i]->fp && fclose(wfiles[i]->fp)) {
			warn_errno("couldn't write %s", wfiles[i]->name);
			status = 4;
		}
	if (quitting >= 0 && quit)
		return quitting ? quitting : status;
	return status;
}
