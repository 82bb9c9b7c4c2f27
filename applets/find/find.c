/* find - search for files in a directory hierarchy
 *
 * APPLET(find, USR_BIN)
 * usage: find [-H|-L|-P] [PATH...] [EXPRESSION]
 *
 * Walk each PATH (default .) and evaluate EXPRESSION for every file; without an action
 * the expression is ( EXPRESSION ) -print. Files are only stat'ed when a test needs it.
 *
 * -H  follow symbolic links named as PATH   -L  follow all symbolic links   -P  never
 * Operators: ( EXPR )  ! EXPR  -not EXPR  EXPR [-a|-and] EXPR  EXPR -o|-or EXPR  EXPR , EXPR
 * Options: -depth -maxdepth N -mindepth N -xdev -mount
 * Tests (N is +N more than, -N less than, N exactly):
 *   -name PAT -iname PAT -path PAT -ipath PAT -wholename PAT -lname PAT -ilname PAT
 *   -type [fdlbcps] (several with commas)  -xtype [fdlbcps]  -size N[cwbkMG]
 *   -mtime N -atime N -ctime N (days)  -mmin N -amin N -cmin N (minutes)
 *   -newer FILE -anewer FILE -cnewer FILE  -perm [-/]MODE  -user NAME -group NAME
 *   -uid N -gid N -nouser -nogroup -links N -inum N -samefile FILE -empty
 *   -readable -writable -executable -true -false
 * Actions: -print -print0 -prune -delete -quit -exec CMD {} ; -exec CMD {} +
 *   -ok CMD {} ;  -printf FORMAT (no newline added; \n \t \NNN \c escapes):
 *   %p path  %f name  %h its directory  %P path below the starting point  %H that
 *   point  %d depth  %s size  %k 1K blocks  %b 512-byte blocks  %m octal mode
 *   %M mode as ls shows it  %u %g owner, group (%U %G numbers)  %i inode  %n links
 *   %l link target  %y type letter (%Y following links)  %t %a %c mtime, atime,
 *   ctime as ctime() prints them, %Tk %Ak %Ck a field of them: k is a strftime
 *   letter, @ seconds since 1970, + date+time; a width and precision may come after
 *   the %, as in %-10f
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"
#include "../fs/fs.h"

enum {
	N_AND, N_OR, N_NOT, N_COMMA, N_TRUE, N_FALSE,
	N_NAME, N_PATH, N_LNAME, N_TYPE, N_XTYPE, N_SIZE, N_TIME, N_NEWER, N_PERM,
	N_UID, N_GID, N_NOUSER, N_NOGROUP, N_LINKS, N_INUM, N_SAMEFILE, N_EMPTY,
	N_ACCESS, N_PRUNE, N_DELETE, N_PRINT, N_PRINT0, N_EXEC, N_OK, N_QUIT, N_PRINTF,
};

struct exec {
	char **argv;		/* template; {} marks where the path goes */
	int argc, plus;
	/* -exec {} +: the pending batch */
	char **batch;
	size_t nbatch, capbatch, bytes;
};

struct node {
	int kind;
	struct node *l, *r;
	const char *s;
	int flags;		/* fnmatch flags; time field; access mode */
	int cmp;		/* -1 less than, 0 exactly, 1 more than */
	long long num;
	unsigned long long unit;
	unsigned types;		/* -type: bit per letter */
	struct timespec ts;
	dev_t dev;
	ino_t ino;
	struct exec *ex;
};

/* One file being looked at: the name is relative to *dfdp. */
struct ent {
	int *dfdp;
	const char *rel;	/* name relative to *dfdp */
	unsigned char dtype;
	int depth, follow, have_st, st_err, pruned;
	struct stat st;
};

static int opt_follow;		/* 'P', 'H' or 'L' */
static int maxdepth = -1, mindepth, depth_first, xdev;
static int status, quit;
static time_t now;
static struct pathbuf pb;	/* the path being looked at */
static const char *base_name;	/* last component (for -name) */
static const char *root_path;	/* the starting point (for -printf %H %P) */
static size_t root_len;
static struct exec **execs;	/* every -exec +, flushed at the end */
static size_t nexecs;
static long arg_max;

static int get_stat(struct ent *e)
{
	if (e->have_st)
		return e->st_err ? -1 : 0;
	e->have_st = 1;
	if (!fstatat(*e->dfdp, e->rel, &e->st, e->follow ? 0 : AT_SYMLINK_NOFOLLOW))
		return 0;
	/* a dangling link under -L is looked at as the link itself */
	if (e->follow && (errno == ENOENT || errno == ELOOP) &&
	    !fstatat(*e->dfdp, e->rel, &e->st, AT_SYMLINK_NOFOLLOW))
		return 0;
	e->st_err = errno;
	warn_errno("'%s'", pb.s);
	status = 1;
	return -1;
}

static mode_t dtype_mode(unsigned char t)
{
	switch (t) {
	case DT_REG: return S_IFREG;
	case DT_DIR: return S_IFDIR;
	case DT_LNK: return S_IFLNK;
	case DT_CHR: return S_IFCHR;
	case DT_BLK: return S_IFBLK;
	case DT_FIFO: return S_IFIFO;
	case DT_SOCK: return S_IFSOCK;
	}
	return 0;
}

/* The file type (S_IFMT bits), from d_type when that is enough; 0 if unknown. */
static mode_t get_type(struct ent *e)
{
	if (!e->have_st && e->dtype != DT_UNKNOWN && !(e->follow && e->dtype == DT_LNK))
		return dtype_mode(e->dtype);
	if (get_stat(e))
		return 0;
	return e->st.st_mode & S_IFMT;
}

static int type_bit(mode_t m)
{
	switch (m) {
	case S_IFREG: return 1;
	case S_IFDIR: return 2;
	case S_IFLNK: return 4;
	case S_IFBLK: return 8;
	case S_IFCHR: return 16;
	case S_IFIFO: return 32;
	case S_IFSOCK: return 64;
	}
	return 0;
}

static int compare(long long v, const struct node *n)
{
	return n->cmp < 0 ? v < n->num : n->cmp > 0 ? v > n->num : v == n->num;
}

static const struct timespec *time_of(const struct stat *st, int field)
{
	return field == 'a' ? &st->st_atim : field == 'c' ? &st->st_ctim : &st->st_mtim;
}

/* -------- running commands -------- */

static int run_cmd(char **argv, int null_stdin)
{
	fflush(stdout);
	pid_t pid = fork();
	if (pid < 0) {
		warn_errno("cannot fork");
		status = 1;
		return -1;
	}
	if (!pid) {
		if (null_stdin) {
			int fd = open("/dev/null", O_RDONLY);
			if (fd > 0) {
				dup2(fd, 0);
				close(fd);
			}
		}
		execvp(argv[0], argv);
		int e = errno;
		warn_errno("'%s'", argv[0]);
		_exit(e == ENOENT ? 127 : 126);
	}
	int ws;
	while (waitpid(pid, &ws, 0) < 0)
		if (errno != EINTR) {
			warn_errno("waitpid");
			return -1;
		}
	if (WIFEXITED(ws))
		return WEXITSTATUS(ws);
	return 128 + WTERMSIG(ws);
}

/* Replace every {} in arg with the path. */
static char *subst(const char *arg, const char *path)
{
	const char *p = strstr(arg, "{}");
	if (!p)
		return (char *)arg;
	size_t pl = strlen(path), n = 0;
	for (const char *q = arg; (q = strstr(q, "{}")); q += 2)
		n++;
	char *out = xmalloc(strlen(arg) + n * pl + 1), *o = out;
	for (const char *q = arg;;) {
		p = strstr(q, "{}");
		if (!p) {
			strcpy(o, q);
			break;
		}
		memcpy(o, q, p - q);
		o += p - q;
		memcpy(o, path, pl);
		o += pl;
		q = p + 2;
	}
	return out;
}

static void flush_batch(struct exec *ex)
{
	if (!ex->nbatch)
		return;
	char **argv = xmalloc((ex->argc + ex->nbatch + 1) * sizeof *argv);
	int n = 0;
	for (int i = 0; i < ex->argc - 1; i++)
		argv[n++] = ex->argv[i];
	for (size_t i = 0; i < ex->nbatch; i++)
		argv[n++] = ex->batch[i];
	argv[n] = 0;
	if (run_cmd(argv, 0) != 0)
		status = 1;
	for (size_t i = 0; i < ex->nbatch; i++)
		free(ex->batch[i]);
	ex->nbatch = 0;
	ex->bytes = 0;
	free(argv);
}

static int do_exec(struct node *n)
{
	struct exec *ex = n->ex;
	if (ex->plus) {
		size_t len = pb.len + 1 + sizeof(char *);
		if (ex->nbatch && (ex->bytes + len > (size_t)arg_max || ex->nbatch >= 65536))
			flush_batch(ex);
		if (ex->nbatch == ex->capbatch)
			ex->batch = xrealloc(ex->batch, (ex->capbatch = ex->capbatch * 2 + 16) *
					     sizeof *ex->batch);
		ex->batch[ex->nbatch++] = xstrdup(pb.s);
		ex->bytes += len;
		return 1;
	}
	char **argv = xmalloc((ex->argc + 1) * sizeof *argv);
	for (int i = 0; i < ex->argc; i++)
		argv[i] = subst(ex->argv[i], pb.s);
	argv[ex->argc] = 0;
	int ok = 1;
	if (n->kind == N_OK) {
		fflush(stdout);
		fprintf(stderr, "< %s ...", argv[0]);
		for (int i = 1; i < ex->argc; i++)
			fprintf(stderr, " %s", argv[i]);
		fprintf(stderr, " > ? ");
		fflush(stderr);
		char c, first = 0;
		int got = 0;
		while (safe_read(0, &c, 1) == 1) {
			if (!got++)
				first = c;
			if (c == '\n')
				break;
		}
		ok = first == 'y' || first == 'Y';
	}
	int r = ok ? run_cmd(argv, n->kind == N_OK) == 0 : 0;
	for (int i = 0; i < ex->argc; i++)
		if (argv[i] != ex->argv[i])
			free(argv[i]);
	free(argv);
	return r;
}

/* -------- evaluation -------- */

static int is_empty_dir(struct ent *e)
{
	int fd = openat(*e->dfdp, e->rel, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : 0;
	if (!d) {
		if (fd >= 0)
			close(fd);
		warn_errno("'%s'", pb.s);
		status = 1;
		return 0;
	}
	struct dirent *de;
	int empty = 1;
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) {
			empty = 0;
			break;
		}
	closedir(d);
	return empty;
}

/* -------- -printf -------- */

static char type_letter(mode_t m)
{
	return S_ISREG(m) ? 'f' : S_ISDIR(m) ? 'd' : S_ISLNK(m) ? 'l' : S_ISBLK(m) ? 'b' :
	       S_ISCHR(m) ? 'c' : S_ISFIFO(m) ? 'p' : S_ISSOCK(m) ? 's' : 'U';
}

/* A time field of -printf: k is a strftime letter or one of GNU's @ + S T. */
static void time_field(char *buf, size_t len, const struct timespec *ts, int k)
{
	struct tm tm;
	time_t t = ts->tv_sec;
	char frac[16];
	snprintf(frac, sizeof frac, ".%09ld0", (long)ts->tv_nsec);
	if (k == '@') {
		snprintf(buf, len, "%lld%s", (long long)t, frac);
		return;
	}
	if (!localtime_r(&t, &tm)) {
		snprintf(buf, len, "%lld", (long long)t);
		return;
	}
	char f[4] = { '%', (char)k, 0 };
	const char *fmt = f;
	size_t n;
	switch (k) {
	case 0: fmt = "%a %b %e %H:%M:%S"; break;	/* ctime(), with the fraction */
	case '+': fmt = "%Y-%m-%d+%H:%M:%S"; break;
	case 'S': fmt = "%S"; break;
	case 'T': fmt = "%H:%M:%S"; break;
	}
	n = strftime(buf, len, fmt, &tm);
	if (k == 0 || k == '+' || k == 'S' || k == 'T')
		n += snprintf(buf + n, len - n, "%s", frac);
	if (k == 0)
		strftime(buf + n, len - n, " %Y", &tm);
}

/* Check a -printf format once, as GNU does: warnings for what it doesn't know. */
static void check_format(const char *f)
{
	for (; *f; f++) {
		if (*f == '\\') {
			if (!*++f)
				break;
			if (!strchr("abfnrtv\\c01234567", *f))
				fprintf(stderr, "%s: warning: unrecognized escape `\\%c'\n", applet_name, *f);
			continue;
		}
		if (*f != '%')
			continue;
		f++;
		f += strspn(f, "-+ #0");
		f += strspn(f, "0123456789");
		if (*f == '.') {
			f++;
			f += strspn(f, "0123456789");
		}
		if (!*f) {
			fprintf(stderr, "%s: error: %% at end of format string\n", applet_name);
			exit(1);
		}
		if ((*f == 'T' || *f == 'A' || *f == 'C') && !*++f) {
			fprintf(stderr, "%s: error: %% at end of format string\n", applet_name);
			exit(1);
		}
		if (!strchr("%pfhPHdskbmMuUgGinlyYtacTACD", f[-1] == 'T' || f[-1] == 'A' || f[-1] == 'C' ? 'T' : *f))
			fprintf(stderr, "%s: warning: unrecognized format directive `%%%c'\n", applet_name, *f);
	}
}

static void do_printf(const char *f, struct ent *e)
{
	char buf[4096 + 64], spec[32];
	while (*f) {
		if (*f == '\\') {
			const char *q = f + 1;
			if (!*q) {
				putchar('\\');
				return;
			}
			if (!strchr("abfnrtv\\c01234567", *q)) {
				putchar('\\');
				putchar(*q);
				f = q + 1;
				continue;
			}
			int c = escape_char(&q, 0);
			if (c < 0)
				return;	/* \c: stop here */
			putchar(c);
			f = q;
			continue;
		}
		if (*f != '%') {
			const char *end = f + strcspn(f, "%\\");
			fwrite(f, 1, end - f, stdout);
			f = end;
			continue;
		}
		/* %[-][width][.precision]directive: the value goes out as a string */
		char *o = spec;
		*o++ = '%';
		f++;
		for (; *f && strchr("-+ #0", *f); f++)
			if (*f == '-' && o == spec + 1)
				*o++ = '-';
		for (int k = 0; *f >= '0' && *f <= '9'; f++)
			if (k++ < 8)
				*o++ = *f;
		if (*f == '.') {
			*o++ = *f++;
			for (int k = 0; *f >= '0' && *f <= '9'; f++)
				if (k++ < 8)
					*o++ = *f;
		}
		*o++ = 's';
		*o = 0;
		int d = *f ? *f++ : 0;
		const char *v = buf;
		buf[0] = 0;
		int need_stat = strchr("skbmMuUgGintacTACD", d) != 0;
		if (need_stat && get_stat(e))
			continue;
		const struct stat *st = &e->st;
		switch (d) {
		case '%': v = "%"; break;
		case 'p': v = pb.s; break;
		case 'f': v = base_name; break;
		case 'h': {
			const char *sl2 = strrchr(pb.s, '/');
			if (!sl2)
				v = ".";
			else
				snprintf(buf, sizeof buf, "%.*s", (int)(sl2 - pb.s), pb.s);
			break;
		}
		case 'P':
			v = pb.len > root_len ? pb.s + root_len + (pb.s[root_len] == '/') : "";
			break;
		case 'H': v = root_path; break;
		case 'd': snprintf(buf, sizeof buf, "%d", e->depth); break;
		case 's': snprintf(buf, sizeof buf, "%lld", (long long)st->st_size); break;
		case 'k': snprintf(buf, sizeof buf, "%lld", ((long long)st->st_blocks + 1) / 2); break;
		case 'b': snprintf(buf, sizeof buf, "%lld", (long long)st->st_blocks); break;
		case 'm': snprintf(buf, sizeof buf, "%o", (unsigned)(st->st_mode & 07777)); break;
		case 'M': fs_mode_string(st->st_mode, buf); break;
		case 'u': case 'g': {
			struct passwd *pw = d == 'u' ? getpwuid(st->st_uid) : 0;
			struct group *gr = d == 'g' ? getgrgid(st->st_gid) : 0;
			if (pw || gr)
				v = pw ? pw->pw_name : gr->gr_name;
			else
				snprintf(buf, sizeof buf, "%u", d == 'u' ? (unsigned)st->st_uid : (unsigned)st->st_gid);
			break;
		}
		case 'U': snprintf(buf, sizeof buf, "%u", (unsigned)st->st_uid); break;
		case 'G': snprintf(buf, sizeof buf, "%u", (unsigned)st->st_gid); break;
		case 'i': snprintf(buf, sizeof buf, "%llu", (unsigned long long)st->st_ino); break;
		case 'n': snprintf(buf, sizeof buf, "%llu", (unsigned long long)st->st_nlink); break;
		case 'D': snprintf(buf, sizeof buf, "%llu", (unsigned long long)st->st_dev); break;
		case 'l': {
			ssize_t l = readlinkat(*e->dfdp, e->rel, buf, 4096);
			buf[l > 0 ? l : 0] = 0;
			break;
		}
		case 'y': buf[0] = type_letter(get_type(e)); buf[1] = 0; break;
		case 'Y': {
			struct stat t;
			mode_t m = get_type(e);
			if (S_ISLNK(m)) {
				if (fstatat(*e->dfdp, e->rel, &t, 0))
					buf[0] = errno == ELOOP ? 'L' : 'N';
				else
					buf[0] = type_letter(t.st_mode);
			} else
				buf[0] = type_letter(m);
			buf[1] = 0;
			break;
		}
		case 't': time_field(buf, sizeof buf, &st->st_mtim, 0); break;
		case 'a': time_field(buf, sizeof buf, &st->st_atim, 0); break;
		case 'c': time_field(buf, sizeof buf, &st->st_ctim, 0); break;
		case 'T': case 'A': case 'C': {
			int k = *f ? *f++ : 0;
			time_field(buf, sizeof buf, d == 'T' ? &st->st_mtim : d == 'A' ? &st->st_atim :
				   &st->st_ctim, k);
			break;
		}
		default:
			/* unknown: written as it stands (warned about when parsed) */
			putchar('%');
			if (d)
				putchar(d);
			continue;
		}
		printf(spec, v);
	}
}

static int eval(struct node *n, struct ent *e)
{
	switch (n->kind) {
	case N_AND: return eval(n->l, e) && !quit && eval(n->r, e);
	case N_OR: return eval(n->l, e) || (!quit && eval(n->r, e));
	case N_COMMA: eval(n->l, e); return !quit && eval(n->r, e);
	case N_NOT: return !eval(n->l, e);
	case N_TRUE: return 1;
	case N_FALSE: return 0;
	case N_NAME: return !fnmatch(n->s, base_name, n->flags);
	case N_PATH: return !fnmatch(n->s, pb.s, n->flags);
	case N_LNAME: {
		if (get_type(e) != S_IFLNK && !(e->follow && e->dtype == DT_LNK))
			return 0;
		char buf[4096];
		ssize_t l = readlinkat(*e->dfdp, e->rel, buf, sizeof buf - 1);
		if (l < 0)
			return 0;
		buf[l] = 0;
		return !fnmatch(n->s, buf, n->flags);
	}
	case N_TYPE: return (type_bit(get_type(e)) & n->types) != 0;
	case N_XTYPE: {
		struct stat st;
		int r = fstatat(*e->dfdp, e->rel, &st, e->follow ? AT_SYMLINK_NOFOLLOW : 0);
		if (r && fstatat(*e->dfdp, e->rel, &st, AT_SYMLINK_NOFOLLOW))
			return 0;
		return (type_bit(st.st_mode & S_IFMT) & n->types) != 0;
	}
	case N_SIZE: {
		if (get_stat(e))
			return 0;
		unsigned long long sz = e->st.st_size;
		return compare((long long)((sz + n->unit - 1) / n->unit), n);
	}
	case N_TIME: {
		if (get_stat(e))
			return 0;
		long long d = (long long)now - time_of(&e->st, n->flags & 0xff)->tv_sec;
		long long u = n->unit;
		long long q = d >= 0 ? d / u : -((-d + u - 1) / u);
		return compare(q, n);
	}
	case N_NEWER: {
		if (get_stat(e))
			return 0;
		const struct timespec *t = time_of(&e->st, n->flags);
		return t->tv_sec > n->ts.tv_sec ||
		       (t->tv_sec == n->ts.tv_sec && t->tv_nsec > n->ts.tv_nsec);
	}
	case N_PERM: {
		if (get_stat(e))
			return 0;
		unsigned m = e->st.st_mode & 07777, want = (unsigned)n->num;
		return n->cmp == '-' ? (m & want) == want :
		       n->cmp == '/' ? (!want || (m & want)) : m == want;
	}
	case N_UID: return !get_stat(e) && compare(e->st.st_uid, n);
	case N_GID: return !get_stat(e) && compare(e->st.st_gid, n);
	case N_NOUSER: {
		static uid_t last = (uid_t)-1;
		static int last_known;
		if (get_stat(e))
			return 0;
		if (e->st.st_uid != last) {
			last = e->st.st_uid;
			last_known = getpwuid(last) != 0;
		}
		return !last_known;
	}
	case N_NOGROUP: {
		static gid_t last = (gid_t)-1;
		static int last_known;
		if (get_stat(e))
			return 0;
		if (e->st.st_gid != last) {
			last = e->st.st_gid;
			last_known = getgrgid(last) != 0;
		}
		return !last_known;
	}
	case N_LINKS: return !get_stat(e) && compare(e->st.st_nlink, n);
	case N_INUM: return !get_stat(e) && compare(e->st.st_ino, n);
	case N_SAMEFILE:
		return !get_stat(e) && e->st.st_ino == n->ino && e->st.st_dev == n->dev;
	case N_EMPTY: {
		mode_t t = get_type(e);
		if (t == S_IFDIR)
			return is_empty_dir(e);
		return t == S_IFREG && !get_stat(e) && e->st.st_size == 0;
	}
	case N_ACCESS: return !faccessat(*e->dfdp, e->rel, n->flags, 0);
	case N_PRUNE: e->pruned = 1; return 1;
	case N_QUIT: quit = 1; return 1;
	case N_PRINT:
		fwrite(pb.s, 1, pb.len, stdout);
		putchar('\n');
		return 1;
	case N_PRINT0:
		fwrite(pb.s, 1, pb.len + 1, stdout);
		return 1;
	case N_PRINTF:
		do_printf(n->s, e);
		return 1;
	case N_DELETE: {
		if (!strcmp(e->rel, "."))
			return 1;
		int dir = get_type(e) == S_IFDIR;
		if (unlinkat(*e->dfdp, e->rel, dir ? AT_REMOVEDIR : 0)) {
			warn_errno("cannot delete '%s'", pb.s);
			status = 1;
			return 0;
		}
		return 1;
	}
	case N_EXEC: case N_OK: return do_exec(n);
	}
	return 0;
}

/* -------- the walk -------- */

struct anc {
	dev_t dev;
	ino_t ino;
};
static struct anc *ancs;	/* directories above, for -L loop checks */
static size_t nancs, capancs;
static dev_t root_dev;
static int keep_fds = 48;	/* deeper than this, parents are closed and reopened */

static void visit(struct ent *e);

/* Read every entry of the directory fd: a buffer of records "type byte, name, NUL". */
static char *read_dir(int fd, size_t *len)
{
	int dfd = dup(fd);
	DIR *d = dfd >= 0 ? fdopendir(dfd) : 0;
	if (!d) {
		if (dfd >= 0)
			close(dfd);
		return 0;
	}
	size_t cap = 4096, n = 0;
	char *buf = xmalloc(cap);
	struct dirent *de;
	for (;;) {
		errno = 0;
		if (!(de = readdir(d)))
			break;
		const char *nm = de->d_name;
		if (nm[0] == '.' && (!nm[1] || (nm[1] == '.' && !nm[2])))
			continue;
		size_t l = strlen(nm);
		if (n + l + 2 > cap)
			buf = xrealloc(buf, cap = (n + l + 2) * 2);
		buf[n++] = (char)de->d_type;
		memcpy(buf + n, nm, l + 1);
		n += l + 1;
	}
	int err = errno;
	closedir(d);
	if (err) {
		free(buf);
		errno = err;
		return 0;
	}
	*len = n;
	return buf;
}

/* Walk the directory e names (already known to be one). */
static void descend(struct ent *e)
{
	int fl = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (e->follow ? 0 : O_NOFOLLOW);
	int fd = openat(*e->dfdp, e->rel, fl);
	if (fd < 0) {
		warn_errno("'%s'", pb.s);
		status = 1;
		return;
	}
	struct stat dst;
	int need_id = xdev || opt_follow == 'L' || e->depth >= keep_fds;
	if (need_id && fstat(fd, &dst)) {
		warn_errno("'%s'", pb.s);
		status = 1;
		close(fd);
		return;
	}
	if (xdev && dst.st_dev != root_dev) {
		close(fd);
		return;
	}
	if (opt_follow == 'L') {
		for (size_t i = 0; i < nancs; i++)
			if (ancs[i].dev == dst.st_dev && ancs[i].ino == dst.st_ino) {
				warn_msg("File system loop detected; '%s' is part of the same file "
					 "system loop as an ancestor.", pb.s);
				status = 1;
				close(fd);
				return;
			}
		if (nancs == capancs)
			ancs = xrealloc(ancs, (capancs = capancs * 2 + 16) * sizeof *ancs);
		ancs[nancs].dev = dst.st_dev;
		ancs[nancs++].ino = dst.st_ino;
	}
	size_t len;
	char *names = read_dir(fd, &len);
	if (!names) {
		warn_errno("'%s'", pb.s);
		status = 1;
		len = 0;
	}
	/* deep down, the parent's descriptor is closed while we are below it */
	struct stat pst;
	int closed_parent = 0;
	if (e->depth >= keep_fds && *e->dfdp != AT_FDCWD && !fstat(*e->dfdp, &pst)) {
		close(*e->dfdp);
		*e->dfdp = -1;
		closed_parent = 1;
	}
	for (size_t off = 0; names && off < len && !quit;) {
		unsigned char t = (unsigned char)names[off];
		const char *nm = names + off + 1;
		off += strlen(nm) + 2;
		size_t old = path_push(&pb, nm);
		const char *sb = base_name;
		base_name = nm;
		struct ent c = { &fd, nm, t, e->depth + 1, opt_follow == 'L', 0, 0, 0, { 0 } };
		visit(&c);
		base_name = sb;
		path_pop(&pb, old);
	}
	free(names);
	if (opt_follow == 'L')
		nancs--;
	if (closed_parent) {
		int pfd = openat(fd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		struct stat chk;
		if (pfd >= 0 && (fstat(pfd, &chk) || chk.st_dev != pst.st_dev ||
				 chk.st_ino != pst.st_ino)) {
			close(pfd);
			pfd = -1;
		}
		if (pfd < 0) {
			/* through the path of the parent instead */
			size_t l = pb.len;
			while (l > 0 && pb.s[l - 1] != '/')
				l--;
			char *pp = xmalloc(l + 2);
			memcpy(pp, pb.s, l);
			pp[l] = 0;
			if (!l)
				strcpy(pp, ".");
			pfd = open(pp, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
			free(pp);
			if (pfd >= 0 && (fstat(pfd, &chk) || chk.st_dev != pst.st_dev ||
					 chk.st_ino != pst.st_ino)) {
				close(pfd);
				pfd = -1;
			}
		}
		if (pfd < 0) {
			warn_msg("cannot return to the directory above '%s'", pb.s);
			status = 1;
			quit = 1;
		}
		*e->dfdp = pfd;
	}
	close(fd);
}

static struct node *expr;

static void visit(struct ent *e)
{
	if (e->depth >= mindepth && !depth_first)
		eval(expr, e);
	if (quit)
		return;
	if ((maxdepth < 0 || e->depth < maxdepth) && (!e->pruned || depth_first)) {
		mode_t t = get_type(e);
		if (t == S_IFDIR)
			descend(e);
		if (*e->dfdp == -1)
			return;	/* lost the way back up */
	}
	if (e->depth >= mindepth && depth_first && !quit)
		eval(expr, e);
}

/* -------- parsing -------- */

static char **av;
static int ac, ai;
static int have_action;

static _Noreturn void bad(const char *fmt, const char *s)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", applet_name);
	fprintf(stderr, fmt, s);
	fputc('\n', stderr);
	exit(1);
}

static struct node *new_node(int kind)
{
	struct node *n = xzalloc(sizeof *n);
	n->kind = kind;
	return n;
}

static const char *next_arg(const char *prim)
{
	if (ai >= ac)
		bad("missing argument to `%s'", prim);
	return av[ai++];
}

static void parse_num(struct node *n, const char *prim, const char *s, int suffixes)
{
	const char *p = s;
	n->cmp = 0;
	if (*p == '+')
		n->cmp = 1, p++;
	else if (*p == '-')
		n->cmp = -1, p++;
	if (*p < '0' || *p > '9')
		goto invalid;
	char *end;
	errno = 0;
	n->num = strtoll(p, &end, 10);
	if (errno)
		goto invalid;
	n->unit = 1;
	if (suffixes) {
		n->unit = 512;
		if (*end) {
			switch (*end++) {
			case 'c': n->unit = 1; break;
			case 'w': n->unit = 2; break;
			case 'b': n->unit = 512; break;
			case 'k': n->unit = 1024; break;
			case 'M': n->unit = 1024 * 1024; break;
			case 'G': n->unit = 1024ull * 1024 * 1024; break;
			default: goto invalid;
			}
		}
	}
	if (*end)
		goto invalid;
	return;
invalid:
	fflush(stdout);
	fprintf(stderr, "%s: invalid argument `%s' to `%s'\n", applet_name, s, prim);
	exit(1);
}

static unsigned parse_types(const char *s, const char *prim)
{
	unsigned bits = 0;
	for (const char *p = s;; p += 2) {
		const char *at = strchr("fdlbcps", *p);
		if (!*p || !at)
			bad("Unknown argument to %s", prim);
		bits |= 1u << (at - "fdlbcps");
		if (!p[1])
			break;
		if (p[1] != ',' || !p[2])
			bad("Must separate multiple arguments to %s using: ','", prim);
	}
	return bits;
}

static void ref_stat(const char *file, struct stat *st)
{
	int r = opt_follow == 'P' ? lstat(file, st) : stat(file, st);
	if (r) {
		fflush(stdout);
		warn_errno("'%s'", file);
		exit(1);
	}
}

static struct node *parse_or(void);

static struct node *parse_primary(void)
{
	if (ai >= ac)
		bad("%s", "expected an expression");
	const char *a = av[ai++];
	struct node *n;
	if (!strcmp(a, "(")) {
		n = parse_or();
		if (ai >= ac || strcmp(av[ai], ")"))
			bad("%s", "invalid expression; I was expecting to find a ')' somewhere "
				 "but did not see one.");
		ai++;
		return n;
	}
	if (!strcmp(a, "!") || !strcmp(a, "-not")) {
		n = new_node(N_NOT);
		n->l = parse_primary();
		return n;
	}
	if (!strcmp(a, "-name") || !strcmp(a, "-iname")) {
		n = new_node(N_NAME);
		n->s = next_arg(a);
		n->flags = a[1] == 'i' ? FNM_CASEFOLD : 0;
	} else if (!strcmp(a, "-path") || !strcmp(a, "-ipath") || !strcmp(a, "-wholename") ||
		   !strcmp(a, "-iwholename")) {
		n = new_node(N_PATH);
		n->s = next_arg(a);
		n->flags = a[1] == 'i' ? FNM_CASEFOLD : 0;
	} else if (!strcmp(a, "-lname") || !strcmp(a, "-ilname")) {
		n = new_node(N_LNAME);
		n->s = next_arg(a);
		n->flags = a[1] == 'i' ? FNM_CASEFOLD : 0;
	} else if (!strcmp(a, "-type") || !strcmp(a, "-xtype")) {
		n = new_node(a[1] == 't' ? N_TYPE : N_XTYPE);
		n->types = parse_types(next_arg(a), a);
	} else if (!strcmp(a, "-size")) {
		n = new_node(N_SIZE);
		parse_num(n, a, next_arg(a), 1);
	} else if ((a[1] == 'm' || a[1] == 'a' || a[1] == 'c') &&
		   (!strcmp(a + 2, "time") || !strcmp(a + 2, "min"))) {
		n = new_node(N_TIME);
		parse_num(n, a, next_arg(a), 0);
		n->flags = a[1];
		n->unit = a[2] == 't' ? 86400 : 60;
	} else if (!strcmp(a, "-newer") || !strcmp(a, "-anewer") || !strcmp(a, "-cnewer")) {
		struct stat st;
		n = new_node(N_NEWER);
		ref_stat(next_arg(a), &st);
		n->ts = st.st_mtim;
		n->flags = a[1] == 'n' ? 'm' : a[1];
	} else if (!strcmp(a, "-samefile")) {
		struct stat st;
		n = new_node(N_SAMEFILE);
		ref_stat(next_arg(a), &st);
		n->dev = st.st_dev;
		n->ino = st.st_ino;
	} else if (!strcmp(a, "-perm")) {
		const char *s = next_arg(a);
		mode_t m;
		n = new_node(N_PERM);
		if (*s == '-' || *s == '/' || *s == '+')
			n->cmp = *s == '+' ? '/' : *s, s++;
		if (mode_parse(s, 0, 0, 0, &m))
			bad("invalid mode `%s'", s);
		n->num = m & 07777;
	} else if (!strcmp(a, "-user") || !strcmp(a, "-uid")) {
		const char *s = next_arg(a);
		n = new_node(N_UID);
		struct passwd *pw = a[2] == 's' ? getpwnam(s) : 0;
		if (pw)
			n->num = pw->pw_uid;
		else if (a[2] == 'i')
			parse_num(n, a, s, 0);
		else {
			char *end;
			n->num = strtoll(s, &end, 10);
			if (!*s || *end || *s < '0' || *s > '9')
				bad("'%s' is not the name of a known user", s);
		}
	} else if (!strcmp(a, "-group") || !strcmp(a, "-gid")) {
		const char *s = next_arg(a);
		n = new_node(N_GID);
		struct group *gr = a[2] == 'r' ? getgrnam(s) : 0;
		if (gr)
			n->num = gr->gr_gid;
		else if (a[2] == 'i')
			parse_num(n, a, s, 0);
		else {
			char *end;
			n->num = strtoll(s, &end, 10);
			if (!*s || *end || *s < '0' || *s > '9')
				bad("'%s' is not the name of an existing group", s);
		}
	} else if (!strcmp(a, "-nouser")) {
		n = new_node(N_NOUSER);
	} else if (!strcmp(a, "-nogroup")) {
		n = new_node(N_NOGROUP);
	} else if (!strcmp(a, "-links") || !strcmp(a, "-inum")) {
		n = new_node(a[1] == 'l' ? N_LINKS : N_INUM);
		parse_num(n, a, next_arg(a), 0);
	} else if (!strcmp(a, "-empty")) {
		n = new_node(N_EMPTY);
	} else if (!strcmp(a, "-readable") || !strcmp(a, "-writable") ||
		   !strcmp(a, "-executable")) {
		n = new_node(N_ACCESS);
		n->flags = a[1] == 'r' ? R_OK : a[1] == 'w' ? W_OK : X_OK;
	} else if (!strcmp(a, "-true")) {
		n = new_node(N_TRUE);
	} else if (!strcmp(a, "-false")) {
		n = new_node(N_FALSE);
	} else if (!strcmp(a, "-print") || !strcmp(a, "-print0")) {
		n = new_node(a[6] ? N_PRINT0 : N_PRINT);
		have_action = 1;
	} else if (!strcmp(a, "-printf")) {
		n = new_node(N_PRINTF);
		n->s = next_arg(a);
		check_format(n->s);
		have_action = 1;
	} else if (!strcmp(a, "-prune")) {
		n = new_node(N_PRUNE);
	} else if (!strcmp(a, "-quit")) {
		n = new_node(N_QUIT);
	} else if (!strcmp(a, "-delete")) {
		n = new_node(N_DELETE);
		have_action = 1;
		depth_first = 1;
	} else if (!strcmp(a, "-exec") || !strcmp(a, "-ok")) {
		n = new_node(a[1] == 'e' ? N_EXEC : N_OK);
		struct exec *ex = n->ex = xzalloc(sizeof *ex);
		int start = ai;
		for (;;) {
			if (ai >= ac)
				bad("missing argument to `%s'", a);
			if (!strcmp(av[ai], ";"))
				break;
			if (!strcmp(av[ai], "+") && ai > start && !strcmp(av[ai - 1], "{}") &&
			    n->kind == N_EXEC) {
				ex->plus = 1;
				break;
			}
			ai++;
		}
		ex->argv = av + start;
		ex->argc = ai - start;
		ai++;
		if (!ex->argc || (ex->plus && ex->argc < 2))
			bad("missing argument to `%s'", a);
		if (ex->plus) {
			for (int i = 0; i < ex->argc - 1; i++)
				if (strstr(ex->argv[i], "{}"))
					bad("%s", "only one instance of {} is supported with -exec ... +");
			execs = xrealloc(execs, (nexecs + 1) * sizeof *execs);
			execs[nexecs++] = ex;
		}
		have_action = 1;
	} else if (!strcmp(a, "-depth") || !strcmp(a, "-d")) {
		depth_first = 1;
		n = new_node(N_TRUE);
	} else if (!strcmp(a, "-xdev") || !strcmp(a, "-mount")) {
		xdev = 1;
		n = new_node(N_TRUE);
	} else if (!strcmp(a, "-maxdepth") || !strcmp(a, "-mindepth")) {
		const char *s = next_arg(a);
		char *end;
		long v = strtol(s, &end, 10);
		if (*s < '0' || *s > '9' || *end || v > 1000000000)
			bad("Expected a positive decimal integer argument to %s", a);
		if (a[2] == 'a')
			maxdepth = (int)v;
		else
			mindepth = (int)v;
		n = new_node(N_TRUE);
	} else if (!strcmp(a, "-follow")) {
		opt_follow = 'L';
		n = new_node(N_TRUE);
	} else if (!strcmp(a, "-noleaf") || !strcmp(a, "-ignore_readdir_race") ||
		   !strcmp(a, "-nowarn") || !strcmp(a, "-warn")) {
		n = new_node(N_TRUE);
	} else if (a[0] == '-' || !strcmp(a, ")")) {
		if (!strcmp(a, ")") || !strcmp(a, "-o") || !strcmp(a, "-a") || !strcmp(a, ","))
			bad("invalid expression: expected an expression before `%s'", a);
		bad("unknown predicate `%s'", a);
	} else {
		bad("paths must precede expression: `%s'", a);
	}
	return n;
}

static int at_end_of_and(void)
{
	return ai >= ac || !strcmp(av[ai], ")") || !strcmp(av[ai], "-o") ||
	       !strcmp(av[ai], "-or") || !strcmp(av[ai], ",");
}

static struct node *parse_and(void)
{
	struct node *l = parse_primary();
	while (!at_end_of_and()) {
		if (!strcmp(av[ai], "-a") || !strcmp(av[ai], "-and")) {
			ai++;
			if (ai >= ac)
				bad("invalid expression; you have used a binary operator '%s' with "
				    "nothing after it.", av[ai - 1]);
		}
		struct node *n = new_node(N_AND);
		n->l = l;
		n->r = parse_primary();
		l = n;
	}
	return l;
}

static struct node *parse_or(void)
{
	struct node *l = parse_and();
	while (ai < ac && (!strcmp(av[ai], "-o") || !strcmp(av[ai], "-or") ||
			   !strcmp(av[ai], ","))) {
		int comma = av[ai][0] == ',';
		ai++;
		if (ai >= ac)
			bad("invalid expression; you have used a binary operator '%s' with "
			    "nothing after it.", av[ai - 1]);
		struct node *n = new_node(comma ? N_COMMA : N_OR);
		n->l = l;
		n->r = comma ? parse_or() : parse_and();
		l = n;
		if (comma)
			break;
	}
	return l;
}

int find_main(int argc, char **argv)
{
	opt_follow = 'P';
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--")) {
			i++;
			break;
		}
		if (a[1] == 'D' || a[1] == 'O') {
			if (!a[2] && i + 1 < argc)
				i++;
			continue;
		}
		if (strspn(a + 1, "HLP") != strlen(a + 1))
			break;
		for (const char *p = a + 1; *p; p++)
			opt_follow = *p;
	}
	int first_path = i;
	while (i < argc && (argv[i][0] != '-' || !argv[i][1]) && strcmp(argv[i], "(") &&
	       strcmp(argv[i], "!"))
		i++;
	int npaths = i - first_path;
	av = argv;
	ac = argc;
	ai = i;
	struct node *e = 0;
	if (ai < ac) {
		e = parse_or();
		if (ai < ac) {
			if (!strcmp(av[ai], ")"))
				bad("%s", "invalid expression; you have too many ')'");
			bad("unexpected extra predicate '%s'", av[ai]);
		}
	}
	if (!have_action) {
		struct node *p = new_node(N_PRINT);
		if (e) {
			struct node *n = new_node(N_AND);
			n->l = e;
			n->r = p;
			e = n;
		} else {
			e = p;
		}
	}
	expr = e;
	now = time(0);
	struct rlimit rl;
	if (!getrlimit(RLIMIT_NOFILE, &rl) && rl.rlim_cur != RLIM_INFINITY &&
	    rl.rlim_cur < 200)
		keep_fds = rl.rlim_cur > 12 ? (int)(rl.rlim_cur - 12) / 2 : 0;
	arg_max = sysconf(_SC_ARG_MAX);
	if (arg_max <= 0 || arg_max > 2 * 1024 * 1024)
		arg_max = 2 * 1024 * 1024;
	{
		extern char **environ;
		long env = 0;
		for (char **p = environ; *p; p++)
			env += (long)strlen(*p) + 1 + (long)sizeof(char *);
		arg_max = arg_max - env - 4096;
		if (arg_max > 128 * 1024)
			arg_max = 128 * 1024;
		if (arg_max < 4096)
			arg_max = 4096;
	}
	static char obuf[1 << 16];
	setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
	static char dot[] = ".";
	char **paths = npaths ? argv + first_path : (char *[]){ dot };
	if (!npaths)
		npaths = 1;
	for (int k = 0; k < npaths && !quit; k++) {
		const char *p = paths[k];
		if (!*p) {
			warn_msg("'': No such file or directory");
			status = 1;
			continue;
		}
		int cwd = AT_FDCWD;
		pb.len = 0;
		path_push(&pb, p);
		root_path = p;
		root_len = pb.len;
		size_t bl = pb.len;
		while (bl > 1 && pb.s[bl - 1] == '/')
			bl--;
		size_t b = bl;
		while (b > 0 && pb.s[b - 1] != '/')
			b--;
		if (bl == 1 && pb.s[0] == '/')
			b = 0;
		char *root_base = xmalloc(bl - b + 2);
		memcpy(root_base, pb.s + b, bl - b);
		root_base[bl - b] = 0;
		base_name = root_base;
		struct ent r = { &cwd, p, DT_UNKNOWN, 0, opt_follow != 'P', 0, 0, 0, { 0 } };
		if (get_stat(&r)) {
			free(root_base);
			continue;
		}
		root_dev = r.st.st_dev;
		visit(&r);
		free(root_base);
	}
	for (size_t k = 0; k < nexecs; k++)
		flush_batch(execs[k]);
	if (fflush(stdout))
		return 1;
	return status;
}
