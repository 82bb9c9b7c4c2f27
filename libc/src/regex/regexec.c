#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "regex_impl.h"

struct ctx {
	const struct prog *p;
	const unsigned char *s;		/* the whole string */
	regoff_t start, end;		/* the searched range */
	int eflags;
	int nsave;
	long budget;			/* backtracking steps left */
};

static int word(int c)
{
	return c >= 0 && (isalnum(c) || c == '_');
}

static int at(const struct ctx *x, regoff_t i)
{
	return i >= x->start && i < x->end ? x->s[i] : -1;
}

/* Zero-width assertions at position i. */
static int check(const struct ctx *x, int op, regoff_t i)
{
	int nl = x->p->cflags & REG_NEWLINE;
	int before = at(x, i - 1), after = at(x, i);
	switch (op) {
	case I_BOL:
		return (i == x->start && !(x->eflags & REG_NOTBOL)) || (nl && before == '\n');
	case I_EOL:
		return (i == x->end && !(x->eflags & REG_NOTEOL)) || (nl && after == '\n');
	case I_WORDB: return word(before) != word(after);
	case I_NWORDB: return word(before) == word(after);
	case I_WBEG: return !word(before) && word(after);
	case I_WEND: return word(before) && !word(after);
	}
	return 0;
}

static int consumes(const struct ctx *x, const struct inst *in, int c)
{
	if (c < 0) return 0;
	switch (in->op) {
	case I_CHAR: return c == in->c;
	case I_ANY: return 1;
	case I_ANYNL: return c != '\n';
	case I_CLASS: return x->p->cls[in->x][c >> 3] >> (c & 7) & 1;
	}
	return 0;
}

/* Pike VM: every thread is a program counter with its own capture slots; a
 * list holds each pc at most once per step, so the run is linear in the text. */
struct list {
	int n;
	int *pc;
	regoff_t *cap;	/* nsave per thread */
};

struct vm {
	struct ctx *x;
	unsigned *mark;
	unsigned gen;
};

static void add(struct vm *v, struct list *l, int pc, regoff_t i, regoff_t *cap)
{
	const struct inst *in = &v->x->p->code[pc];
	if (v->mark[pc] == v->gen) return;
	v->mark[pc] = v->gen;
	switch (in->op) {
	case I_JMP:
		add(v, l, in->x, i, cap);
		return;
	case I_SPLIT:
		add(v, l, in->x, i, cap);
		add(v, l, in->y, i, cap);
		return;
	case I_SAVE: {
		if (in->x >= v->x->nsave) {
			add(v, l, pc + 1, i, cap);
			return;
		}
		regoff_t old = cap[in->x];
		cap[in->x] = i;
		add(v, l, pc + 1, i, cap);
		cap[in->x] = old;
		return;
	}
	case I_BOL: case I_EOL: case I_WORDB: case I_NWORDB: case I_WBEG: case I_WEND:
		if (check(v->x, in->op, i)) add(v, l, pc + 1, i, cap);
		return;
	case I_LOOPEND:
		if (!v->x->nsave) {
			/* no slots without captures; either way matches the same strings */
			add(v, l, in->x, i, cap);
			add(v, l, in->y, i, cap);
		} else if (cap[in->z] != i) {
			add(v, l, in->x, i, cap);
		} else if (in->c && cap[in->z] == cap[in->z + 1]) {
			add(v, l, in->y, i, cap);
		}
		return;
	}
	l->pc[l->n] = pc;
	memcpy(l->cap + (size_t)l->n * v->x->nsave, cap, v->x->nsave * sizeof *cap);
	l->n++;
}

static int pike(struct ctx *x, regoff_t *best, int want_caps)
{
	struct prog *p = (struct prog *)x->p;
	int n = p->n, found = 0;
	/* Without captures only the match's existence counts: threads carry nothing. */
	int ns = want_caps ? x->nsave : 0;
	size_t need = n * sizeof(unsigned) + 2 * n * sizeof(int) + (2 * (size_t)n * ns + x->nsave) * sizeof(regoff_t);
	if (p->scratch_size < need) {
		void *m = malloc(need);
		if (!m) return REG_ESPACE;
		free(p->scratch);
		p->scratch = m;
		p->scratch_size = need;
	}
	unsigned *mark = p->scratch;
	int *pcs = (int *)(mark + n);
	regoff_t *caps = (regoff_t *)(pcs + 2 * n), *tmp = caps + 2 * (size_t)n * ns;
	memset(mark, 0, n * sizeof *mark);
	struct list a = { 0, pcs, caps }, b = { 0, pcs + n, caps + (size_t)n * ns }, *cl = &a, *nl = &b;
	struct ctx xx = *x;
	xx.nsave = ns;
	struct vm v = { &xx, mark, 0 };
	for (regoff_t i = x->start; ; i++) {
		if (!cl->n && !found) {
			/* Nothing alive: jump to the next byte that can begin a match. */
			if (p->anchored && i > x->start) break;
			if (p->first_byte >= 0 && i < x->end) {
				const unsigned char *q = memchr(x->s + i, p->first_byte, x->end - i);
				i = q ? q - x->s : x->end;
			} else if (!p->any_start) {
				while (i < x->end && !(p->first[x->s[i] >> 3] >> (x->s[i] & 7) & 1)) i++;
			}
			if (i >= x->end && !p->any_start) break;
		}
		v.gen++;
		/* Keep the list's marks of this step: seed after the survivors. */
		for (int t = 0; t < cl->n; t++) mark[cl->pc[t]] = v.gen;
		if (!found && (!p->anchored || i == x->start)) {
			for (int k = 0; k < ns; k++) tmp[k] = -1;
			if (ns) tmp[0] = i;
			add(&v, cl, 0, i, tmp);
		}
		if (!cl->n) {
			if (found || i >= x->end) break;
			continue;
		}
		int c = at(x, i);
		v.gen++;
		nl->n = 0;
		for (int t = 0; t < cl->n; t++) {
			const struct inst *in = &p->code[cl->pc[t]];
			regoff_t *cap = cl->cap + (size_t)t * ns;
			if (found && cap[0] > best[0]) continue;	/* started later: loses */
			if (in->op == I_MATCH) {
				if (!want_caps) {
					found = 1;
					goto done;
				}
				if (!found || cap[0] < best[0] || (cap[0] == best[0] && i > best[1])) {
					memcpy(best, cap, ns * sizeof *cap);
					best[1] = i;
					found = 1;
				}
				continue;
			}
			if (consumes(x, in, c)) add(&v, nl, cl->pc[t] + 1, i + 1, cap);
		}
		struct list *sw = cl;
		cl = nl;
		nl = sw;
		if (i >= x->end) break;
	}
done:
	return found ? 0 : REG_NOMATCH;
}

/* Backtracking, for back-references: first match in priority order (greedy),
 * with a step budget so pathological patterns end instead of hanging. */
static int bt(struct ctx *x, int pc, regoff_t i, regoff_t *cap, int depth)
{
	/* Each choice point is a C frame: bound the depth rather than overflow the
	 * stack (a pattern that needs more gives up as if there were no match). */
	if (depth > 20000) {
		x->budget = 0;
		return 0;
	}
	for (;;) {
		if (--x->budget < 0) return 0;
		const struct inst *in = &x->p->code[pc];
		switch (in->op) {
		case I_MATCH:
			cap[1] = i;
			return 1;
		case I_JMP:
			pc = in->x;
			continue;
		case I_SPLIT:
			if (bt(x, in->x, i, cap, depth + 1)) return 1;
			pc = in->y;
			continue;
		case I_LOOPEND:
			if (cap[in->z] != i) pc = in->x;
			else if (in->c && cap[in->z] == cap[in->z + 1]) pc = in->y;
			else return 0;
			continue;
		case I_SAVE: {
			regoff_t old = cap[in->x];
			cap[in->x] = i;
			if (bt(x, pc + 1, i, cap, depth + 1)) return 1;
			cap[in->x] = old;
			return 0;
		}
		case I_BREF: {
			regoff_t so = cap[2 * in->x], eo = cap[2 * in->x + 1];
			if (so < 0 || eo < 0) return 0;
			regoff_t len = eo - so;
			if (i + len > x->end) return 0;
			if (x->p->cflags & REG_ICASE) {
				for (regoff_t k = 0; k < len; k++)
					if (tolower(x->s[so + k]) != tolower(x->s[i + k])) return 0;
			} else if (memcmp(x->s + so, x->s + i, len)) {
				return 0;
			}
			i += len;
			pc++;
			continue;
		}
		case I_BOL: case I_EOL: case I_WORDB: case I_NWORDB: case I_WBEG: case I_WEND:
			if (!check(x, in->op, i)) return 0;
			pc++;
			continue;
		default:
			if (!consumes(x, in, at(x, i))) return 0;
			i++;
			pc++;
		}
	}
}

int regexec(const regex_t *restrict re, const char *restrict s, size_t nmatch,
	regmatch_t *restrict m, int eflags)
{
	const struct prog *p = re->__prog;
	struct ctx x = { .p = p, .s = (const unsigned char *)s, .eflags = eflags };
	if (p->cflags & REG_NOSUB) nmatch = 0;
	if (eflags & REG_STARTEND) {
		x.start = m[0].rm_so;
		x.end = m[0].rm_eo;
	} else {
		x.end = strlen(s);
	}
	x.nsave = p->nslots;
	regoff_t stackcap[20], *cap = x.nsave <= 20 ? stackcap : malloc(x.nsave * sizeof *cap);
	if (!cap) return REG_ESPACE;
	int r = REG_NOMATCH;
	if (p->has_bref) {
		x.budget = 20000000;
		for (regoff_t i = x.start; i <= x.end && x.budget > 0; i++) {
			for (int k = 0; k < x.nsave; k++) cap[k] = -1;
			if (bt(&x, 0, i, cap, 0)) {
				r = 0;
				break;
			}
		}
	} else {
		/* The DFA answers yes/no in one table lookup per byte; the Pike VM only
		 * runs when there is a match whose position is wanted. */
		int d = __regex_dfa((struct prog *)p, x.s, x.start, x.end, eflags);
		if (d == 0) r = REG_NOMATCH;
		else if (d == 1 && !nmatch) r = 0;
		else r = pike(&x, cap, nmatch > 0);
	}
	if (r == 0)
		for (size_t k = 0; k < nmatch; k++) {
			if ((int)k <= p->nsub && cap[2 * k] >= 0 && cap[2 * k + 1] >= 0) {
				m[k].rm_so = cap[2 * k];
				m[k].rm_eo = cap[2 * k + 1];
			} else {
				m[k].rm_so = m[k].rm_eo = -1;
			}
		}
	if (cap != stackcap) free(cap);
	return r;
}

size_t regerror(int e, const regex_t *restrict re, char *restrict buf, size_t size)
{
	static const char *const msg[] = {
		"Success", "No match", "Invalid regular expression",
		"Invalid collation character", "Invalid character class name",
		"Trailing backslash", "Invalid back reference", "Unmatched [, [^, [:, [., or [=",
		"Unmatched ( or \\(", "Unmatched \\{", "Invalid content of \\{\\}",
		"Invalid range end", "Memory exhausted", "Invalid preceding regular expression",
	};
	const char *s = e >= 0 && e < (int)(sizeof msg / sizeof *msg) ? msg[e] : "Unknown error";
	size_t n = strlen(s) + 1;
	if (size) {
		size_t c = n < size ? n : size;
		memcpy(buf, s, c - 1);
		buf[c - 1] = 0;
	}
	return n;
}
