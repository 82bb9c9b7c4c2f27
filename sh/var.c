/* var.c - shell variables, local scopes, positional parameters, options. */
#include "sh.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NBUCKET 256
static struct var *tab[NBUCKET];
static int nvars;
/* The exported environment, built by sh_environ and kept until an
 * exported variable changes (env_stale); the old one is freed only at the
 * next build, so a caller's copy stays valid while it spawns. */
static char **env;
static int env_stale = 1;

/* Saved variable states: local scopes and temporary prefix assignments
 * share one stack; a frame marker has name == NULL. */
struct saved {
	struct saved *next;
	char *name, *val;	/* name NULL: frame marker */
	int flags, existed;
	int kind;		/* marker: FRAME_LOCAL or FRAME_TEMP */
};
enum { FRAME_LOCAL = 1, FRAME_TEMP };
static struct saved *saves;
static int nframes;

struct sh_params sh_pos;
char sh_opt[OPT_COUNT];

static unsigned hash(const char *s)
{
	unsigned h = 5381;
	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h % NBUCKET;
}

struct var *sh_var_lookup(const char *name)
{
	struct var *v;
	for (v = tab[hash(name)]; v; v = v->next)
		if (!strcmp(v->name, name))
			return v;
	return NULL;
}

static struct var *var_create(const char *name)
{
	struct var *v = sh_var_lookup(name);
	unsigned h;
	if (v)
		return v;
	v = sh_xmalloc(sizeof *v);
	v->name = sh_xstrdup(name);
	v->val = NULL;
	v->cap = 0;
	v->flags = 0;
	h = hash(name);
	v->next = tab[h];
	tab[h] = v;
	nvars++;
	return v;
}

const char *sh_getvar(const char *name)
{
	struct var *v = sh_var_lookup(name);
	if (v && v->val)
		return v->val;
	if (!v && !strcmp(name, "LINENO")) {
		static char buf[24];
		snprintf(buf, sizeof buf, "%d", sh_cur_line);
		return buf;
	}
	return NULL;
}

static void special_changed(const char *name)
{
	if (name[0] != 'I' && name[0] != 'O' && name[0] != 'P')
		return;
	if (!strcmp(name, "PATH"))
		sh_hash_clear();
	else if (!strcmp(name, "IFS"))
		sh_ifs_changed();
	else if (!strcmp(name, "OPTIND"))
		sh_pos.optind_done = 0;
}

/* Set a variable; flags are added.  Returns -1 (after a message) if the
 * variable is read-only. */
int sh_setvar(const char *name, const char *val, int flags)
{
	struct var *v = var_create(name);
	if (v->flags & V_READONLY) {
		sh_warn("%s: is read only", name);
		return -1;
	}
	if (val) {
		/* loops assign the same variables over and over: reuse */
		size_t n = strlen(val);
		if (v->val && n < v->cap) {
			memmove(v->val, val, n + 1);
		} else {
			size_t cap = (n + 16) & ~(size_t)15;
			char *nv = sh_xmalloc(cap);
			memcpy(nv, val, n + 1);
			free(v->val);
			v->val = nv;
			v->cap = cap;
		}
	}
	v->flags |= flags;
	if (sh_opt[OPT_a])
		v->flags |= V_EXPORT;
	if (v->flags & V_EXPORT)
		env_stale = 1;
	special_changed(name);
	return 0;
}

void sh_setvar_int(const char *name, long long n)
{
	char buf[32];
	sh_fmt_int(buf, n);
	if (sh_setvar(name, buf, 0) < 0)
		sh_raise(SH_EXERROR);
}

int sh_setvar_assign(const char *assign, int flags)
{
	const char *eq = strchr(assign, '=');
	char *name;
	int r;
	if (!eq)
		return sh_setvar(assign, NULL, flags);
	name = sh_tstrndup(assign, (size_t)(eq - assign));
	r = sh_setvar(name, eq + 1, flags);
	return r;
}

int sh_unsetvar(const char *name)
{
	struct var *v = sh_var_lookup(name);
	if (!v)
		return 0;
	if (v->flags & V_READONLY) {
		sh_warn("%s: is read only", name);
		return -1;
	}
	if (v->flags & V_EXPORT)
		env_stale = 1;
	free(v->val);
	v->val = NULL;
	v->cap = 0;
	v->flags = 0;
	special_changed(name);
	return 0;
}

void sh_var_init(char **envp)
{
	char **e;
	for (e = envp; e && *e; e++) {
		const char *eq = strchr(*e, '=');
		char *name;
		if (!eq)
			continue;
		name = sh_xmalloc((size_t)(eq - *e) + 1);
		memcpy(name, *e, (size_t)(eq - *e));
		name[eq - *e] = 0;
		if (sh_is_name(name))
			sh_setvar(name, eq + 1, V_EXPORT);
		free(name);
	}
}

static int cmpvar(const void *a, const void *b)
{
	return strcmp((*(struct var *const *)a)->name,
		      (*(struct var *const *)b)->name);
}

static void out_quoted(const char *s)
{
	sh_outc('\'');
	for (; *s; s++) {
		if (*s == '\'')
			sh_outs("'\\''");
		else
			sh_outc(*s);
	}
	sh_outc('\'');
}

/* List variables having all of flags_mask, prefixed like "export ". */
void sh_var_list(int mask, const char *prefix)
{
	struct var **all = sh_talloc(sizeof *all * (size_t)(nvars + 1)), *v;
	int n = 0, i;
	for (i = 0; i < NBUCKET; i++)
		for (v = tab[i]; v; v = v->next)
			if ((v->flags & mask) == mask && (v->val || mask))
				all[n++] = v;
	qsort(all, (size_t)n, sizeof *all, cmpvar);
	for (i = 0; i < n; i++) {
		if (prefix)
			sh_outs(prefix);
		sh_outs(all[i]->name);
		if (all[i]->val) {
			sh_outc('=');
			out_quoted(all[i]->val);
		}
		sh_outc('\n');
	}
}

char **sh_environ(void)
{
	size_t size = 0;
	int n = 0, i;
	struct var *v;
	char *s;
	if (!env_stale)
		return env;
	/* one block: the pointers, then the strings */
	for (i = 0; i < NBUCKET; i++)
		for (v = tab[i]; v; v = v->next)
			if ((v->flags & V_EXPORT) && v->val) {
				size += strlen(v->name) + strlen(v->val) + 2;
				n++;
			}
	free(env);
	env = sh_xmalloc(sizeof *env * (size_t)(n + 1) + size);
	s = (char *)(env + n + 1);
	n = 0;
	for (i = 0; i < NBUCKET; i++)
		for (v = tab[i]; v; v = v->next)
			if ((v->flags & V_EXPORT) && v->val) {
				size_t a = strlen(v->name), b = strlen(v->val);
				memcpy(s, v->name, a);
				s[a] = '=';
				memcpy(s + a + 1, v->val, b + 1);
				env[n++] = s;
				s += a + b + 2;
			}
	env[n] = NULL;
	env_stale = 0;
	return env;
}

/* ---- saved states: locals and temporary assignments --------------------- */
static void push_marker(int kind)
{
	struct saved *s = sh_xmalloc(sizeof *s);
	memset(s, 0, sizeof *s);
	s->kind = kind;
	s->next = saves;
	saves = s;
	nframes++;
}

/* Save a variable in the innermost frame of the given kind ("local" runs
 * inside the temporary frame of its own prefix assignments, but belongs
 * to the function's frame). */
static void save_var(const char *name, int kind)
{
	struct saved *s, **at = &saves;
	struct var *v = sh_var_lookup(name);
	if (kind == FRAME_LOCAL) {
		while (*at && !(!(*at)->name && (*at)->kind == FRAME_LOCAL))
			at = &(*at)->next;
		if (!*at)
			return;
		at = &(*at)->next;
		for (s = *at; s && s->name; s = s->next)
			if (!strcmp(s->name, name))
				return;
	} else {
		for (s = saves; s && s->name; s = s->next)
			if (!strcmp(s->name, name))
				return;		/* already saved in this frame */
	}
	s = sh_xmalloc(sizeof *s);
	s->name = sh_xstrdup(name);
	s->val = v && v->val ? sh_xstrdup(v->val) : NULL;
	s->flags = v ? v->flags : 0;
	s->existed = v != NULL;
	s->kind = 0;
	s->next = *at;
	*at = s;
}

static void pop_frame(void)
{
	while (saves) {
		struct saved *s = saves;
		saves = s->next;
		if (!s->name) {
			free(s);
			nframes--;
			return;
		}
		{
			struct var *v = var_create(s->name);
			if ((v->flags | s->flags) & V_EXPORT)
				env_stale = 1;
			free(v->val);
			v->val = s->val;
			v->cap = 0;
			v->flags = s->flags;
			special_changed(s->name);
		}
		free(s->name);
		free(s);
	}
}

void sh_push_locals(void)
{
	push_marker(FRAME_LOCAL);
}

void sh_pop_locals(void)
{
	pop_frame();
}

void sh_pop_all_locals(int depth)
{
	while (nframes > depth)
		pop_frame();
}

void sh_local(const char *name, const char *val, int has_val)
{
	struct var *v;
	save_var(name, FRAME_LOCAL);
	v = sh_var_lookup(name);
	if (v && (v->flags & V_READONLY)) {
		sh_warn("%s: is read only", name);
		return;
	}
	if (has_val)
		sh_setvar(name, val, 0);
}

void sh_push_temp(void)
{
	push_marker(FRAME_TEMP);
}

void sh_temp_assign(const char *name, const char *val)
{
	save_var(name, FRAME_TEMP);
	if (sh_setvar(name, val, V_EXPORT) < 0)
		sh_raise(SH_EXERROR);
}

void sh_pop_temp(void)
{
	pop_frame();
}

/* ---- positional parameters ---------------------------------------------- */
void sh_free_params(struct sh_params *p)
{
	int i;
	for (i = 0; i < p->n; i++)
		free(p->v[i]);
	free(p->v);
	p->v = NULL;
	p->n = 0;
}

void sh_set_params(int n, char **v)
{
	char **nv = sh_xmalloc(sizeof *nv * (size_t)(n + 1));
	int i;
	for (i = 0; i < n; i++)
		nv[i] = sh_xstrdup(v[i]);
	nv[n] = NULL;
	sh_free_params(&sh_pos);
	sh_pos.v = nv;
	sh_pos.n = n;
}

/* ---- options ------------------------------------------------------------ */
static const struct {
	char letter;
	const char *name;
} optnames[OPT_COUNT] = {
	[OPT_e] = {'e', "errexit"},	[OPT_f] = {'f', "noglob"},
	[OPT_u] = {'u', "nounset"},	[OPT_x] = {'x', "xtrace"},
	[OPT_v] = {'v', "verbose"},	[OPT_n] = {'n', "noexec"},
	[OPT_C] = {'C', "noclobber"},	[OPT_a] = {'a', "allexport"},
	[OPT_b] = {'b', "notify"},	[OPT_m] = {'m', "monitor"},
	[OPT_i] = {'i', "interactive"},	[OPT_s] = {'s', "stdin"},
	[OPT_h] = {'h', "hashall"},	[OPT_pipefail] = {0, "pipefail"},
	[OPT_ignoreeof] = {0, "ignoreeof"}, [OPT_nolog] = {0, "nolog"},
	[OPT_vi] = {0, "vi"},		[OPT_emacs] = {0, "emacs"},
};

int sh_set_option(const char *s, int is_letter, int on)
{
	int i;
	for (i = 0; i < OPT_COUNT; i++)
		if (is_letter ? optnames[i].letter == *s :
		    !strcmp(optnames[i].name, s)) {
			if (i == OPT_i || i == OPT_s)
				return -1;	/* only on the command line */
			sh_opt[i] = (char)on;
			if (on && i == OPT_vi)
				sh_opt[OPT_emacs] = 0;
			if (on && i == OPT_emacs)
				sh_opt[OPT_vi] = 0;
			return 0;
		}
	return -1;
}

void sh_dollar_minus(char *buf)
{
	int i, n = 0;
	for (i = 0; i < OPT_COUNT; i++)
		if (sh_opt[i] && optnames[i].letter)
			buf[n++] = optnames[i].letter;
	buf[n] = 0;
}

void sh_list_options(int reusable)
{
	int i;
	for (i = 0; i < OPT_COUNT; i++) {
		if (i == OPT_i || i == OPT_s)
			continue;
		if (reusable)
			sh_outf("set %co %s\n", sh_opt[i] ? '-' : '+',
				optnames[i].name);
		else
			sh_outf("%-15s %s\n", optnames[i].name,
				sh_opt[i] ? "on" : "off");
	}
}

void sh_var_each(sh_name_fn fn, void *ctx)
{
	for (int i = 0; i < NBUCKET; i++)
		for (struct var *v = tab[i]; v; v = v->next)
			if (v->val && !(v->flags & V_UNSET))
				fn(v->name, ctx);
}
