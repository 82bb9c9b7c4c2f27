/* dfa.c: "is there a match?" answered by a DFA built lazily from the NFA program.
 *
 * A DFA state is the set of program counters waiting to consume the next byte,
 * plus the kind of the byte before (start, newline, word, other): the zero-width
 * assertions (^ $ \b \< \>) are decided while closing the set, once the next byte
 * is known too. Every state also restarts the program (pc 0), which makes the
 * search unanchored. Each state caches its 256 successors, so after a short
 * warm-up the scan is one table lookup per byte, whatever the pattern. The cache
 * is bounded: when full it is emptied and rebuilt from the current state.
 * Programs with back-references never come here (regexec backtracks). */
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "regex_impl.h"

/* Transition values: >= 0 a row offset; T_IDLE - offset a row offset of a state with no
 * thread alive, where the scan may skip to a byte that can begin a match. */
enum { MAXSTATES = 512, NBUCKETS = 1024, T_UNKNOWN = -1, T_MATCH = -2, T_FAIL = -3, T_IDLE = -4 };
enum { P_START, P_NL, P_WORD, P_OTHER };
enum { END_EOL = 256, END_NOEOL = 257 };

struct state {
	int *set, n, prev;
	int chain;		/* next state in the same hash bucket */
};

struct dfa {
	struct state *st;
	/* trans[256 * i + c]: 256 times the successor of state i on byte c (the start of
	 * its row, so the scan needs one load per byte), or T_UNKNOWN or T_MATCH */
	int *trans;
	int nst;
	int start[2];		/* the initial states (with and without ^ at the start), or -1 */
	int bucket[NBUCKETS];
	unsigned *mark, gen;	/* per pc: visited in this closure */
	int *stack, *closed, *set;
};

static int isword(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static int kind(int c)
{
	return c == '\n' ? P_NL : isword(c) ? P_WORD : P_OTHER;
}

static int holds(const struct prog *p, int op, int prev, int next)
{
	int nl = p->cflags & REG_NEWLINE;
	int wp = prev == P_WORD, wn = next < 256 && isword(next);
	switch (op) {
	case I_BOL: return prev == P_START || (nl && prev == P_NL);
	case I_EOL: return next == END_EOL || (nl && next == '\n');
	case I_WORDB: return wp != wn;
	case I_NWORDB: return wp == wn;
	case I_WBEG: return !wp && wn;
	case I_WEND: return wp && !wn;
	}
	return 0;
}

/* Follow the empty moves from set (and pc 0) in context prev/next; the consuming
 * pcs reached go to d->closed. Returns -1 if MATCH is reached, else their count. */
static int closure(struct dfa *d, const struct prog *p, const int *set, int n, int prev, int next)
{
	int sp = 0, nc = 0;
	d->gen++;
	if (!d->gen) {
		memset(d->mark, 0, p->n * sizeof *d->mark);
		d->gen = 1;
	}
	/* pushed in reverse so that lower-priority work comes later; order is irrelevant
	 * for the yes/no answer but keeps sets canonical enough for the cache */
	for (int k = n - 1; k >= 0; k--)
		d->stack[sp++] = set[k];
	d->stack[sp++] = 0;
	while (sp) {
		int pc = d->stack[--sp];
		if (d->mark[pc] == d->gen)
			continue;
		d->mark[pc] = d->gen;
		const struct inst *in = &p->code[pc];
		switch (in->op) {
		case I_MATCH:
			return -1;
		case I_JMP:
			d->stack[sp++] = in->x;
			break;
		case I_SPLIT:
		case I_LOOPEND:	/* either way: the language is the same */
			d->stack[sp++] = in->y;
			d->stack[sp++] = in->x;
			break;
		case I_SAVE:
			d->stack[sp++] = pc + 1;
			break;
		case I_BOL: case I_EOL: case I_WORDB: case I_NWORDB: case I_WBEG: case I_WEND:
			if (holds(p, in->op, prev, next))
				d->stack[sp++] = pc + 1;
			break;
		case I_BREF:
			break;
		default:
			d->closed[nc++] = pc;
		}
	}
	return nc;
}

static int consumes(const struct prog *p, const struct inst *in, int c)
{
	switch (in->op) {
	case I_CHAR: return c == in->c;
	case I_ANY: return 1;
	case I_ANYNL: return c != '\n';
	case I_CLASS: return p->cls[in->x][c >> 3] >> (c & 7) & 1;
	}
	return 0;
}

static unsigned hash(const int *set, int n, int prev)
{
	unsigned h = 2166136261u ^ prev;
	for (int i = 0; i < n; i++)
		h = (h ^ set[i]) * 16777619u;
	return h % NBUCKETS;
}

static void reset(struct dfa *d)
{
	for (int i = 0; i < d->nst; i++)
		free(d->st[i].set);
	d->nst = 0;
	d->start[0] = d->start[1] = -1;
	for (int i = 0; i < NBUCKETS; i++)
		d->bucket[i] = -1;
}

/* The state for (set, prev), made if new; -1 when out of memory. */
static int intern(struct dfa *d, const int *set, int n, int prev)
{
	unsigned h = hash(set, n, prev);
	for (int i = d->bucket[h]; i >= 0; i = d->st[i].chain)
		if (d->st[i].prev == prev && d->st[i].n == n && !memcmp(d->st[i].set, set, n * sizeof *set))
			return i;
	if (d->nst == MAXSTATES)
		return -1;
	struct state *s = &d->st[d->nst];
	s->set = malloc((n ? n : 1) * sizeof *set);
	if (!s->set)
		return -1;
	memcpy(s->set, set, n * sizeof *set);
	s->n = n;
	s->prev = prev;
	for (int c = 0; c < 256; c++)
		d->trans[256 * d->nst + c] = T_UNKNOWN;
	s->chain = d->bucket[h];
	d->bucket[h] = d->nst;
	return d->nst++;
}

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

/* Successor of state i on byte c, or T_MATCH, or T_FAIL (out of memory). */
static int step(struct dfa *d, const struct prog *p, int i, int c)
{
	int nc = closure(d, p, d->st[i].set, d->st[i].n, d->st[i].prev, c);
	if (nc < 0)
		return T_MATCH;
	int n = 0;
	d->gen++;
	if (!d->gen) {
		memset(d->mark, 0, p->n * sizeof *d->mark);
		d->gen = 1;
	}
	for (int k = 0; k < nc; k++) {
		int pc = d->closed[k];
		if (consumes(p, &p->code[pc], c) && d->mark[pc + 1] != d->gen) {
			d->mark[pc + 1] = d->gen;
			d->set[n++] = pc + 1;
		}
	}
	qsort(d->set, n, sizeof *d->set, cmp_int);
	int prev = kind(c);
	int t = intern(d, d->set, n, prev);
	if (t < 0) {
		/* full: start over, keeping only what the scan needs next */
		reset(d);
		t = intern(d, d->set, n, prev);
		if (t < 0)
			return T_FAIL;
		return t | 1 << 30;	/* tell the caller the cache was emptied */
	}
	return t;
}

void __regex_dfa_free(struct prog *p)
{
	struct dfa *d = p->dfa;
	if (!d)
		return;
	reset(d);
	free(d->st);
	free(d->trans);
	free(d->mark);
	free(d->stack);
	free(d->closed);
	free(d->set);
	free(d);
	p->dfa = 0;
}

/* 1 if the program matches somewhere in s[start..end), 0 if not, -1 if it can't tell. */
int __regex_dfa(struct prog *p, const unsigned char *s, long start, long end, int eflags)
{
	struct dfa *d = p->dfa;
	if (!d) {
		d = calloc(1, sizeof *d);
		if (!d)
			return -1;
		d->st = malloc(MAXSTATES * sizeof *d->st);
		d->trans = malloc(MAXSTATES * 256 * sizeof *d->trans);
		d->mark = calloc(p->n + 1, sizeof *d->mark);
		/* the start set, then at most two pushes per pc visited */
		d->stack = malloc((3 * (size_t)p->n + 4) * sizeof *d->stack);
		d->closed = malloc((p->n + 1) * sizeof *d->closed);
		d->set = malloc((p->n + 1) * sizeof *d->set);
		p->dfa = d;
		if (!d->st || !d->trans || !d->mark || !d->stack || !d->closed || !d->set) {
			__regex_dfa_free(p);
			return -1;
		}
		for (int i = 0; i < NBUCKETS; i++)
			d->bucket[i] = -1;
		d->start[0] = d->start[1] = -1;
	}
	int notbol = !!(eflags & REG_NOTBOL), cur = d->start[notbol];
	if (cur < 0) {
		cur = intern(d, 0, 0, notbol ? P_OTHER : P_START);
		if (cur < 0) {
			reset(d);
			cur = intern(d, 0, 0, notbol ? P_OTHER : P_START);
			if (cur < 0)
				return -1;
		}
		d->start[notbol] = cur;
	}
	const int *tr = d->trans;
	long off = 256L * cur;
	for (long i = start; i < end; i++) {
		int t = tr[off + s[i]];
		if (t >= 0) {
			off = t;
			continue;
		}
		if (t == T_MATCH)
			return 1;
		if (t == T_UNKNOWN) {
			int c = s[i];
			cur = off / 256;
			t = step(d, p, cur, c);
			if (t == T_MATCH) {
				d->trans[off + c] = T_MATCH;
				return 1;
			}
			if (t == T_FAIL)
				return -1;
			int keep = !(t & 1 << 30);	/* else cur is gone: don't cache into it */
			t &= ~(1 << 30);
			int idle = d->st[t].n == 0;
			if (keep)
				d->trans[off + c] = idle ? T_IDLE - 256 * t : 256 * t;
			off = 256L * t;
			if (!idle)
				continue;
		} else {
			off = T_IDLE - t;
		}
		/* Nothing alive after s[i]: only a byte of the first set can start a match. */
		if (p->anchored)
			return 0;	/* ^ without REG_NEWLINE: that was the only chance */
		if (p->any_start)
			continue;
		long j = i + 1;
		if (p->first_byte >= 0) {
			const unsigned char *q = memchr(s + j, p->first_byte, end - j);
			j = q ? q - s : end;
		} else {
			while (j < end && !(p->first[s[j] >> 3] >> (s[j] & 7) & 1))
				j++;
		}
		if (j == i + 1)
			continue;
		/* the state after s[j-1]: empty, in that byte's context */
		int k = intern(d, 0, 0, kind(s[j - 1]));
		if (k < 0) {
			reset(d);
			k = intern(d, 0, 0, kind(s[j - 1]));
			if (k < 0)
				return -1;
		}
		off = 256L * k;
		i = j - 1;
	}
	cur = off / 256;
	const struct state *st = &d->st[cur];
	return closure(d, p, st->set, st->n, st->prev, eflags & REG_NOTEOL ? END_NOEOL : END_EOL) < 0;
}
