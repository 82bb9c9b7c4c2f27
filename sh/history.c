/* history.c - the command history of interactive shells and the fc builtin.
 *
 * Every line an interactive shell reads is numbered and kept (HISTSIZE
 * lines, 500 by default) and appended to HISTFILE ($HOME/.sh_history when
 * unset) as it is read, so shells running side by side do not overwrite
 * each other's history; the file is cut back to its last HISTSIZE lines
 * when it grows past them, and a new shell loads those lines.
 */
#include "sh.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char **hist;
static int nhist, caphist;
static int first_num = 1;	/* number of hist[0] */
static int loading;

static int hist_max(void)
{
	const char *v = sh_getvar("HISTSIZE");
	long n = v && *v ? strtol(v, NULL, 10) : 500;
	return n < 1 ? 1 : n > 100000 ? 100000 : (int)n;
}

static char *hist_file(void)
{
	const char *f = sh_getvar("HISTFILE"), *home;
	char *p;
	if (f)
		return *f ? sh_tstrdup(f) : NULL;
	home = sh_getvar("HOME");
	if (!home || !*home)
		return NULL;
	p = sh_talloc(strlen(home) + 13);
	strcpy(p, home);
	strcat(p, "/.sh_history");
	return p;
}

int sh_history_count(void)
{
	return nhist;
}

const char *sh_history_get(int i)
{
	return i >= 0 && i < nhist ? hist[i] : "";
}

static void drop_oldest(int max)
{
	int k = nhist - max;
	if (k <= 0)
		return;
	for (int i = 0; i < k; i++)
		free(hist[i]);
	memmove(hist, hist + k, sizeof *hist * (size_t)(nhist - k));
	nhist -= k;
	first_num += k;
}

/* Keep HISTFILE to its last max lines.  With drop, first remove the file's
 * last line if it is drop: the fc command that re-executes or edits commands
 * is not entered into the history (POSIX fc), the commands it runs are. */
static void file_fix(const char *f, int max, const char *drop)
{
	struct sh_buf b = {0};
	char buf[4096];
	ssize_t r;
	size_t start = 0, end, lines = 0;
	int fd = open(f, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	while ((r = read(fd, buf, sizeof buf)) > 0 || (r < 0 && errno == EINTR))
		if (r > 0)
			sh_buf_add(&b, buf, (size_t)r);
	close(fd);
	end = b.len;
	if (drop && end) {
		size_t dl = strlen(drop);
		if (end > dl && b.s[end - 1] == '\n' &&
		    !memcmp(b.s + end - 1 - dl, drop, dl) &&
		    (end == dl + 1 || b.s[end - dl - 2] == '\n'))
			end -= dl + 1;
	}
	for (size_t i = 0; i < end; i++)
		lines += b.s[i] == '\n';
	for (; lines > (size_t)max; lines--)
		start = (size_t)((char *)memchr(b.s + start, '\n', end - start) - b.s) + 1;
	if (start || end != b.len) {
		fd = open(f, O_WRONLY | O_TRUNC | O_CLOEXEC);
		if (fd >= 0) {
			sh_write_all(fd, b.s + start, end - start);
			close(fd);
		}
	}
	free(b.s);
}

void sh_history_add(const char *line, size_t n)
{
	char *s, *f;
	while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		n--;
	if (!n || memchr(line, 0, n))
		return;
	s = sh_xmalloc(n + 1);
	memcpy(s, line, n);
	s[n] = 0;
	if (nhist == caphist) {
		caphist = caphist ? caphist * 2 : 64;
		hist = sh_xrealloc(hist, sizeof *hist * (size_t)caphist);
	}
	hist[nhist++] = s;
	drop_oldest(hist_max());
	if (loading || !(f = hist_file()))
		return;
	{
		int fd = open(f, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
		if (fd >= 0) {
			s[n] = '\n';
			sh_write_all(fd, s, n + 1);
			s[n] = 0;
			close(fd);
			file_fix(f, hist_max(), NULL);
		}
	}
}

void sh_history_load(void)
{
	char *f = hist_file(), buf[4096];
	struct sh_buf line = {0};
	ssize_t r;
	int fd;
	if (!f || (fd = open(f, O_RDONLY | O_CLOEXEC)) < 0)
		return;
	loading = 1;
	while ((r = read(fd, buf, sizeof buf)) > 0 || (r < 0 && errno == EINTR)) {
		for (ssize_t i = 0; i < r; i++) {
			if (buf[i] == '\n') {
				sh_history_add(line.s ? line.s : "", line.len);
				line.len = 0;
			} else {
				sh_buf_addc(&line, buf[i]);
			}
		}
	}
	if (line.len)
		sh_history_add(line.s, line.len);
	loading = 0;
	free(line.s);
	close(fd);
}

/* ---- fc ------------------------------------------------------------------ */
/* The fc command being run is the newest entry: "current" in POSIX's
 * words, so -1 is the command before it. */
static int fc_find(const char *spec, int *out)
{
	int cur = nhist - 1;
	char *end;
	long v = strtol(spec, &end, 10);
	if (*spec && !*end) {
		int i = v < 0 ? cur + (int)v : (int)v - first_num;
		if (v == 0)
			i = cur - 1;
		if (i < 0)
			i = 0;
		if (i >= cur)
			i = cur - 1;
		*out = i;
		return i >= 0;
	}
	for (int i = cur - 1; i >= 0; i--)
		if (!strncmp(hist[i], spec, strlen(spec))) {
			*out = i;
			return 1;
		}
	sh_builtin_error("%s: no command found", spec);
	return 0;
}

/* Replace the fc entry by the commands it runs. */
static void fc_replace(const char *cmds)
{
	const char *s = cmds, *nl;
	char *f;
	if (nhist) {
		if (!loading && (f = hist_file()))
			file_fix(f, hist_max(), hist[nhist - 1]);
		free(hist[--nhist]);
	}
	for (; *s; s = nl + 1) {
		nl = strchr(s, '\n');
		if (!nl) {
			sh_history_add(s, strlen(s));
			break;
		}
		sh_history_add(s, (size_t)(nl - s));
	}
}

static int fc_run(const char *cmds)
{
	fc_replace(cmds);
	return sh_eval_string(cmds);
}

int sh_fc_builtin(int argc, char **argv)
{
	int list = 0, nonum = 0, rev = 0, redo = 0, i, a, b;
	const char *editor = NULL, *subst = NULL;
	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *o = argv[i] + 1;
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (*o >= '0' && *o <= '9')
			break;		/* a negative number */
		for (; *o && !editor; o++) {
			switch (*o) {
			case 'l': list = 1; break;
			case 'n': nonum = 1; break;
			case 'r': rev = 1; break;
			case 's': redo = 1; break;
			case 'e':	/* the rest of the word, or the next */
				editor = o[1] ? o + 1 : i + 1 < argc ? argv[++i] : NULL;
				if (!editor)
					goto usage;
				break;
			default:
				goto usage;
			}
		}
	}
	if (nhist < 2 && !list) {
		sh_builtin_error("no command found");
		return 1;
	}
	if (redo) {
		struct sh_buf cmd = {0};
		const char *old;
		int st;
		if (i < argc && strchr(argv[i], '='))
			subst = argv[i++];
		if (i + 1 < argc)
			goto usage;
		if (!fc_find(i < argc ? argv[i] : "-1", &a))
			return 1;
		old = hist[a];
		if (subst) {
			const char *eq = strchr(subst, '='), *at = NULL;
			size_t ol = (size_t)(eq - subst);
			if (ol)
				at = strstr(old, sh_tstrndup(subst, ol));
			if (at) {
				sh_buf_add(&cmd, old, (size_t)(at - old));
				sh_buf_adds(&cmd, eq + 1);
				sh_buf_adds(&cmd, at + ol);
			}
		}
		if (!cmd.s)
			sh_buf_adds(&cmd, old);
		sh_buf_cstr(&cmd);
		sh_outs(cmd.s);
		sh_outc('\n');
		sh_flush();
		st = fc_run(cmd.s);
		free(cmd.s);
		return st;
	}
	if (i + 2 < argc)
		goto usage;
	if (list && nhist < 2)
		return 0;
	if (!fc_find(i < argc ? argv[i] : list ? "-16" : "-1", &a))
		return 1;
	if (!fc_find(i + 1 < argc ? argv[i + 1] : i < argc && !list ? argv[i] : "-1", &b))
		return 1;
	if (a > b) {
		int t = a;
		a = b;
		b = t;
		rev = !rev;
	}
	if (list) {
		for (int k = 0; k <= b - a; k++) {
			int j = rev ? b - k : a + k;
			if (nonum)
				sh_outf("\t%s\n", hist[j]);
			else
				sh_outf("%d\t%s\n", first_num + j, hist[j]);
		}
		return 0;
	}
	{
		/* edit the commands in a file, then run what is left */
		char path[] = "/tmp/sh-fcXXXXXX";
		struct sh_buf text = {0}, cmd = {0};
		char buf[4096];
		ssize_t r;
		int fd = mkstemp(path), st;
		if (fd < 0) {
			sh_builtin_error("%s: %s", path, strerror(errno));
			return 1;
		}
		for (int k = 0; k <= b - a; k++) {
			int j = rev ? b - k : a + k;
			sh_write_all(fd, hist[j], strlen(hist[j]));
			sh_write_all(fd, "\n", 1);
		}
		close(fd);
		if (!editor)
			editor = sh_getvar("FCEDIT");
		if (!editor || !*editor)
			editor = "ed";
		sh_buf_adds(&cmd, editor);
		sh_buf_adds(&cmd, " ");
		sh_buf_adds(&cmd, path);
		st = sh_eval_string(sh_buf_cstr(&cmd));
		free(cmd.s);
		if (st) {
			unlink(path);
			return st;
		}
		fd = open(path, O_RDONLY | O_CLOEXEC);
		unlink(path);
		if (fd < 0)
			return 1;
		while ((r = read(fd, buf, sizeof buf)) > 0)
			sh_buf_add(&text, buf, (size_t)r);
		close(fd);
		sh_buf_cstr(&text);
		sh_outs(text.s);
		sh_flush();
		st = fc_run(text.s);
		free(text.s);
		return st;
	}
usage:
	sh_builtin_error("usage: fc [-r] [-e EDITOR] [FIRST [LAST]] | fc -l [-nr] [FIRST [LAST]] | fc -s [OLD=NEW] [FIRST]");
	return 2;
}
