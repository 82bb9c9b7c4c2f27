/* expand.c - word expansion: tilde, parameters, command substitution,
 * arithmetic, field splitting, pathname expansion and quote removal.
 *
 * Expansion first produces characters with a parallel array of flags:
 * XF_Q marks characters that were quoted (never split, never special in
 * patterns), XF_S characters that came from an unquoted expansion (subject
 * to field splitting).  Two flag-only positions carry structure without any
 * character: XF_MARK records that quoted (possibly empty) text was present,
 * so "" still makes a field, and XF_BREAK separates the fields of "$@".
 */
#include "sh.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { XF_Q = 1, XF_S = 2, XF_MARK = 4, XF_BREAK = 8 };
/* Expansion flag private to this file: the word of an unquoted ${x-word} or
 * ${x+word} is part of an expansion's result, so even its literal text is
 * subject to field splitting (${u-a b} gives two fields). */
enum { X_SPLITLIT = 64 };

struct xb {
	char *s;
	unsigned char *f;
	size_t n, cap;
};

int sh_last_cmdsub_status;

static void xb_add(struct xb *b, const char *s, size_t n, int flags)
{
	if (b->n + n + 1 > b->cap) {
		size_t c = b->cap ? b->cap * 2 : 64;
		while (c < b->n + n + 1)
			c *= 2;
		b->s = sh_trealloc(b->s, c);
		b->f = sh_trealloc(b->f, c);
		b->cap = c;
	}
	memcpy(b->s + b->n, s, n);
	memset(b->f + b->n, flags, n);
	b->n += n;
}

static void xb_flag(struct xb *b, int flag)
{
	xb_add(b, "", 1, flag);
}

/* IFS is looked at for every character that may split: keep it as a
 * table, rebuilt after IFS changes. */
static int ifs_dirty = 1;
static unsigned char ifs_map[256];
static const char *ifs_cur;

void sh_ifs_changed(void)
{
	ifs_dirty = 1;
}

static const char *ifs_value(void)
{
	if (ifs_dirty) {
		const char *s = sh_getvar("IFS");
		ifs_cur = s ? s : " \t\n";
		memset(ifs_map, 0, sizeof ifs_map);
		for (s = ifs_cur; *s; s++)
			ifs_map[(unsigned char)*s] = 1;
		ifs_dirty = 0;
	}
	return ifs_cur;
}

static void expand_word(struct word *w, struct xb *b, int flags);

/* Expand a word to a plain string (no splitting, no globbing). */
static char *word_str(struct word *w, int flags)
{
	struct xb b = {0};
	size_t i, j = 0;
	char *out;
	if (w)
		expand_word(w, &b, flags & ~X_FIELDS);
	out = sh_talloc(b.n + 1);
	for (i = 0; i < b.n; i++) {
		if (b.f[i] & XF_MARK)
			continue;
		out[j++] = b.f[i] & XF_BREAK ? ' ' : b.s[i];
	}
	out[j] = 0;
	return out;
}

char *sh_expand_str(struct word *w, int flags)
{
	return word_str(w, flags);
}

char *sh_expand_heredoc(struct word *w)
{
	return word_str(w, 0);
}

/* The characters of b with their quoting; with esc, as a pattern: an
 * unquoted backslash can only come from an expansion (the parser quotes the
 * source's own) and escapes the next character (POSIX 2.13.1). */
static void to_pat(struct xb *b, struct sh_pat *p, int esc)
{
	size_t i, j = 0;
	p->s = sh_talloc(b->n + 1);
	p->q = sh_talloc(b->n + 1);
	for (i = 0; i < b->n; i++) {
		int q = b->f[i] & (XF_Q | XF_BREAK);
		if (b->f[i] & XF_MARK)
			continue;
		if (esc && !q && b->s[i] == '\\' && i + 1 < b->n &&
		    !(b->f[i + 1] & (XF_MARK | XF_BREAK))) {
			i++;
			q = 1;
		}
		p->s[j] = b->f[i] & XF_BREAK ? ' ' : b->s[i];
		p->q[j++] = q ? 1 : 0;
	}
	p->s[j] = 0;
	p->n = j;
}

void sh_expand_pat(struct word *w, struct sh_pat *p)
{
	struct xb b = {0};
	expand_word(w, &b, X_PATTERN);
	to_pat(&b, p, 1);
}

/* ---- parameters --------------------------------------------------------- */
static char numbuf[32];

/* Value of a parameter, NULL if unset.  "@" and "*" are handled by the
 * caller. */
static const char *param_value(const char *name)
{
	if (name[0] >= '0' && name[0] <= '9') {
		long n = strtol(name, NULL, 10);
		if (n == 0)
			return sh_arg0;
		if (n > sh_pos.n)
			return NULL;
		return sh_pos.v[n - 1];
	}
	if (!name[1]) {
		switch (name[0]) {
		case '?':
			sh_fmt_int(numbuf, sh_status);
			return numbuf;
		case '$':
			sh_fmt_int(numbuf, sh_rootpid);
			return numbuf;
		case '!':
			if (!sh_lastbg)
				return NULL;
			sh_fmt_int(numbuf, sh_lastbg);
			return numbuf;
		case '#':
			sh_fmt_int(numbuf, sh_pos.n);
			return numbuf;
		case '-':
			sh_dollar_minus(numbuf);
			return numbuf;
		}
	}
	return sh_getvar(name);
}

/* Remove the smallest/largest prefix/suffix matching the pattern. */
static const char *trim(const char *val, int op, struct sh_pat *p,
			size_t *outlen)
{
	size_t n = strlen(val), i;
	switch (op) {
	case PO_LSMALL:
		for (i = 0; i <= n; i++)
			if (sh_pmatch(p->s, p->q, p->n, val, i))
				goto prefix;
		break;
	case PO_LLARGE:
		for (i = n + 1; i-- > 0;)
			if (sh_pmatch(p->s, p->q, p->n, val, i))
				goto prefix;
		break;
	case PO_RSMALL:
		for (i = n + 1; i-- > 0;)
			if (sh_pmatch(p->s, p->q, p->n, val + i, n - i))
				goto suffix;
		break;
	case PO_RLARGE:
		for (i = 0; i <= n; i++)
			if (sh_pmatch(p->s, p->q, p->n, val + i, n - i))
				goto suffix;
		break;
	}
	*outlen = n;
	return val;
prefix:
	*outlen = n - i;
	return val + i;
suffix:
	*outlen = i;
	return val;
}

static _Noreturn void unset_error(const char *name)
{
	sh_error("%s: parameter not set", name);
}

/* Append "$@" / "$*" (and ${@...}).  Quoted "$@" keeps each parameter a
 * separate field; everything else joins or splits. */
static void expand_all(struct part *p, struct xb *b, int flags)
{
	int i, at = p->u.param.name[0] == '@';
	int q = p->quoted;
	if (q && !at) {
		const char *ifs = ifs_value();
		xb_flag(b, XF_MARK);
		for (i = 0; i < sh_pos.n; i++) {
			if (i && *ifs)
				xb_add(b, ifs, 1, XF_Q);
			xb_add(b, sh_pos.v[i], strlen(sh_pos.v[i]), XF_Q);
		}
		return;
	}
	for (i = 0; i < sh_pos.n; i++) {
		if (i) {
			const char *ifs;
			if (flags & X_FIELDS)
				xb_flag(b, XF_BREAK);
			else if (at)
				xb_add(b, " ", 1, q ? XF_Q : XF_S);
			else if (*(ifs = ifs_value()))	/* x=$* joins like "$*" */
				xb_add(b, ifs, 1, XF_S);
		}
		if (q)
			xb_flag(b, XF_MARK);
		xb_add(b, sh_pos.v[i], strlen(sh_pos.v[i]), q ? XF_Q : XF_S);
	}
}

/* "$*" joined with spaces, for operators applied to $@ and $*. */
static char *join_params(void)
{
	size_t n = 1;
	int i;
	char *s;
	for (i = 0; i < sh_pos.n; i++)
		n += strlen(sh_pos.v[i]) + 1;
	s = sh_talloc(n);
	s[0] = 0;
	for (i = 0; i < sh_pos.n; i++) {
		if (i)
			strcat(s, " ");
		strcat(s, sh_pos.v[i]);
	}
	return s;
}

static void expand_param(struct part *p, struct xb *b, int flags)
{
	const char *name = p->u.param.name;
	int op = p->u.param.op, all = (name[0] == '@' || name[0] == '*') && !name[1];
	const char *val;
	int set, xf = p->quoted ? XF_Q : XF_S;
	char *tmp;

	if (all) {
		if (op == PO_NONE) {
			expand_all(p, b, flags);
			return;
		}
		if (op == PO_LEN) {
			sh_fmt_int(numbuf, sh_pos.n);
			xb_add(b, numbuf, strlen(numbuf), xf);
			return;
		}
		val = sh_pos.n ? join_params() : NULL;
	} else {
		val = param_value(name);
	}
	set = val != NULL;
	if (set && p->u.param.colon && !*val)
		set = 0;

	switch (op) {
	case PO_DEFAULT:
		if (!set) {
			/* "${x:-}" is still an (empty) field */
			if (p->quoted)
				xb_flag(b, XF_MARK);
			expand_word(p->u.param.arg, b,
				    p->quoted ? flags : flags | X_SPLITLIT);
			return;
		}
		break;
	case PO_ALT:
		if (p->quoted)
			xb_flag(b, XF_MARK);
		if (set)
			expand_word(p->u.param.arg, b,
				    p->quoted ? flags : flags | X_SPLITLIT);
		return;
	case PO_ASSIGN:
		if (!set) {
			if (all || !sh_is_name(name))
				sh_error("%s: cannot assign in this way", name);
			tmp = word_str(p->u.param.arg, flags);
			if (sh_setvar(name, tmp, 0) < 0)
				sh_raise(SH_EXERROR);
			val = sh_getvar(name);
			if (!val)
				val = "";
		}
		break;
	case PO_ERROR:
		if (!set) {
			tmp = p->u.param.arg ? word_str(p->u.param.arg, flags) : "";
			if (*tmp)
				sh_error("%s: %s", name, tmp);
			sh_error("%s: %s", name, p->u.param.colon ?
				 "parameter null or not set" : "parameter not set");
		}
		break;
	case PO_LEN:
		if (!val) {
			if (sh_opt[OPT_u])
				unset_error(name);
			val = "";
		}
		sh_fmt_int(numbuf, (long long)strlen(val));
		xb_add(b, numbuf, strlen(numbuf), xf);
		return;
	case PO_NONE:
		break;
	default: {
		/* pattern removal */
		struct sh_pat pat;
		size_t n;
		const char *r;
		if (!val && sh_opt[OPT_u] && !all)
			unset_error(name);
		sh_expand_pat(p->u.param.arg, &pat);
		r = trim(val ? val : "", op, &pat, &n);
		if (p->quoted)
			xb_flag(b, XF_MARK);
		xb_add(b, r, n, xf);
		return;
	}
	}
	if (!val) {
		if (sh_opt[OPT_u] && op == PO_NONE && strcmp(name, "!") != 0)
			unset_error(name);
		if (p->quoted)
			xb_flag(b, XF_MARK);
		return;
	}
	if (all) {
		struct part tmpp = *p;
		tmpp.u.param.op = PO_NONE;
		expand_all(&tmpp, b, flags);
		return;
	}
	if (p->quoted)
		xb_flag(b, XF_MARK);
	xb_add(b, val, strlen(val), xf);
}

static void expand_tilde(struct part *p, struct xb *b, int flags)
{
	const char *home = NULL;
	if (!p->u.tilde.first && !(flags & X_ASSIGN)) {
		xb_add(b, "~", 1, 0);
		xb_add(b, p->u.tilde.user, strlen(p->u.tilde.user), 0);
		return;
	}
	if (!p->u.tilde.user[0]) {
		home = sh_getvar("HOME");
	} else {
		struct passwd *pw = getpwnam(p->u.tilde.user);
		if (pw)
			home = pw->pw_dir;
	}
	if (!home) {
		xb_add(b, "~", 1, 0);
		xb_add(b, p->u.tilde.user, strlen(p->u.tilde.user), 0);
		return;
	}
	xb_flag(b, XF_MARK);
	xb_add(b, home, strlen(home), XF_Q);
}

static void expand_cmdsub(struct part *p, struct xb *b)
{
	char *out;
	size_t n;
	sh_last_cmdsub_status = sh_run_cmdsub(p->u.cmd, &out, &n);
	while (n && out[n - 1] == '\n')
		n--;
	if (p->quoted)
		xb_flag(b, XF_MARK);
	xb_add(b, out, n, p->quoted ? XF_Q : XF_S);
	free(out);
}

static void expand_arith(struct part *p, struct xb *b)
{
	char *expr = word_str(p->u.arith, 0);
	char buf[32];
	size_t n = sh_fmt_int(buf, sh_arith(expr));
	if (p->quoted)
		xb_flag(b, XF_MARK);
	xb_add(b, buf, n, p->quoted ? XF_Q : XF_S);
}

static void expand_word(struct word *w, struct xb *b, int flags)
{
	struct part *p;
	for (p = w->parts; p; p = p->next) {
		switch (p->type) {
		case P_LIT:
			if (p->quoted && !p->u.lit.n)
				xb_flag(b, XF_MARK);
			xb_add(b, p->u.lit.s, p->u.lit.n, p->quoted ? XF_Q :
			       (flags & X_SPLITLIT) ? XF_S : 0);
			break;
		case P_PARAM:
			expand_param(p, b, flags);
			break;
		case P_CMDSUB:
			expand_cmdsub(p, b);
			break;
		case P_ARITH:
			expand_arith(p, b);
			break;
		case P_TILDE:
			expand_tilde(p, b, flags);
			break;
		}
	}
}

/* ---- field splitting and pathname expansion ----------------------------- */
struct fields {
	char **v;
	int n, cap;
};

static void add_field(struct fields *fl, char *s)
{
	if (fl->n + 2 > fl->cap) {
		fl->cap = fl->cap ? fl->cap * 2 : 16;
		fl->v = sh_trealloc(fl->v, sizeof *fl->v * (size_t)fl->cap);
	}
	fl->v[fl->n++] = s;
	fl->v[fl->n] = NULL;
}

/* One field is complete: glob it or remove quotes. */
static void finish_field(struct fields *fl, struct xb *cur)
{
	struct sh_pat p, g;
	to_pat(cur, &p, 0);
	g = p;
	if (!sh_opt[OPT_f] && cur->n && memchr(cur->s, '\\', cur->n))
		to_pat(cur, &g, 1);	/* the field itself stays as it is */
	if (!sh_opt[OPT_f] && sh_has_glob(g.s, g.q, g.n)) {
		int before = fl->n;
		sh_glob(g.s, g.q, g.n, &fl->v, &fl->n, &fl->cap);
		if (fl->n > before) {
			qsort(fl->v + before, (size_t)(fl->n - before),
			      sizeof *fl->v, sh_sortcmp);
			return;
		}
	}
	add_field(fl, p.s);
}

static void split(struct xb *b, struct fields *fl)
{
	struct xb cur = {0};
	int have = 0, ws_ended = 0;
	size_t i;
	ifs_value();
	for (i = 0; i < b->n; i++) {
		int f = b->f[i];
		char c = b->s[i];
		if (f & XF_BREAK) {
			if (have)
				finish_field(fl, &cur);
			cur.n = 0;
			have = ws_ended = 0;
			continue;
		}
		if (f & XF_MARK) {
			have = 1;
			continue;
		}
		if ((f & XF_S) && ifs_map[(unsigned char)c]) {
			int ws = c == ' ' || c == '\t' || c == '\n';
			if (ws) {
				if (have) {
					finish_field(fl, &cur);
					ws_ended = 1;
				}
				cur.n = 0;
				have = 0;
			} else if (ws_ended && !have) {
				ws_ended = 0;
			} else {
				finish_field(fl, &cur);
				cur.n = 0;
				have = ws_ended = 0;
			}
			continue;
		}
		xb_add(&cur, &c, 1, f);
		have = 1;
		ws_ended = 0;
	}
	if (have)
		finish_field(fl, &cur);
}

/* Is the word a literal "export", "readonly" or "local"? */
static int is_decl_word(struct word *w)
{
	struct part *p = w ? w->parts : NULL;
	if (!p || p->next || p->type != P_LIT || p->quoted)
		return 0;
	return !strcmp(p->u.lit.s, "export") || !strcmp(p->u.lit.s, "readonly") ||
	       !strcmp(p->u.lit.s, "local");
}

/* NAME=... written literally: an assignment argument. */
static int is_assign_word(struct word *w)
{
	struct part *p = w->parts;
	char *eq;
	if (!p || p->type != P_LIT || p->quoted)
		return 0;
	eq = memchr(p->u.lit.s, '=', p->u.lit.n);
	return eq && sh_is_name_n(p->u.lit.s, (size_t)(eq - p->u.lit.s));
}

/* An unquoted literal without pattern characters expands to itself (only
 * the results of expansions are split): most command words. */
static int plain_word(struct word *w)
{
	struct part *p = w->parts;
	size_t i;
	if (!p || p->next || p->type != P_LIT || p->quoted || !p->u.lit.n)
		return 0;
	for (i = 0; i < p->u.lit.n; i++) {
		unsigned char c = (unsigned char)p->u.lit.s[i];
		if (c == '*' || c == '?' || c == '[')
			return 0;
	}
	return 1;
}

char **sh_expand_args(struct word *w, int *argc)
{
	struct fields fl = {0};
	int decl = is_decl_word(w);
	add_field(&fl, NULL);
	fl.n = 0;
	for (; w; w = w->next) {
		struct xb b = {0};
		if (decl && is_assign_word(w)) {
			/* declaration utilities: assignment arguments are
			 * expanded like assignments (tilde, no splitting) */
			add_field(&fl, word_str(w, X_ASSIGN));
			continue;
		}
		if (plain_word(w)) {
			add_field(&fl, sh_tstrndup(w->parts->u.lit.s,
						   w->parts->u.lit.n));
			continue;
		}
		expand_word(w, &b, X_FIELDS);
		split(&b, &fl);
	}
	*argc = fl.n;
	return fl.v;
}
