#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "regex_impl.h"

enum { N_EMPTY, N_LIT, N_ANY, N_CLASS, N_ASSERT, N_BREF, N_CAT, N_ALT, N_REP, N_GROUP };

struct node {
	int type;
	int a, b;	/* children */
	int min, max;	/* repetition; max -1 is unbounded */
	int v;		/* literal, class index, assertion op, group number */
};

struct parser {
	const unsigned char *s;
	int ere, icase, newline;
	struct node *nodes;
	int nn, cap;
	unsigned char (*cls)[32];
	int ncls, clscap;
	int nsub;
	int err;
	int has_bref;
	int open[10];	/* groups closed so far, for back-reference checks */
};

static int node(struct parser *p, int type, int a, int b)
{
	if (p->nn == p->cap) {
		int cap = p->cap ? 2 * p->cap : 64;
		struct node *n = realloc(p->nodes, cap * sizeof *n);
		if (!n) {
			p->err = REG_ESPACE;
			return 0;
		}
		p->nodes = n;
		p->cap = cap;
	}
	p->nodes[p->nn] = (struct node){ .type = type, .a = a, .b = b };
	return p->nn++;
}

static int new_class(struct parser *p)
{
	if (p->ncls == p->clscap) {
		int cap = p->clscap ? 2 * p->clscap : 8;
		void *c = realloc(p->cls, cap * sizeof *p->cls);
		if (!c) {
			p->err = REG_ESPACE;
			return -1;
		}
		p->cls = c;
		p->clscap = cap;
	}
	memset(p->cls[p->ncls], 0, 32);
	return p->ncls++;
}

#define SET(c, b) ((c)[(b) >> 3] |= 1 << ((b) & 7))

static int class_node(struct parser *p, int (*pred)(int), int neg)
{
	int k = new_class(p);
	if (k < 0) return 0;
	for (int c = 0; c < 256; c++)
		if ((pred(c) || (pred == isalnum && c == '_')) != neg) SET(p->cls[k], c);
	int n = node(p, N_CLASS, 0, 0);
	p->nodes[n].v = k;
	return n;
}

static const struct { const char *name; int (*f)(int); } classes[] = {
	{ "alnum", isalnum }, { "alpha", isalpha }, { "blank", isblank }, { "cntrl", iscntrl },
	{ "digit", isdigit }, { "graph", isgraph }, { "lower", islower }, { "print", isprint },
	{ "punct", ispunct }, { "space", isspace }, { "upper", isupper }, { "xdigit", isxdigit },
};

/* [...]; p->s is just past the '['. */
static int bracket(struct parser *p)
{
	int k = new_class(p), neg = 0;
	if (k < 0) return 0;
	unsigned char *set = p->cls[k];
	const unsigned char *s = p->s;
	if (*s == '^') {
		neg = 1;
		s++;
	}
	if (!*s) {
		p->err = REG_BADPAT;	/* "[" or "[^" and nothing more, as glibc says */
		return 0;
	}
	for (int first = 1; first || *s != ']'; first = 0) {
		if (!*s) {
			p->err = REG_EBRACK;
			return 0;
		}
		int lo, hi;
		if (s[0] == '[' && (s[1] == ':' || s[1] == '=' || s[1] == '.')) {
			char kind = s[1];
			const unsigned char *e = s + 2;
			while (*e && !(e[0] == kind && e[1] == ']')) e++;
			if (!*e) {
				p->err = REG_EBRACK;
				return 0;
			}
			size_t len = e - s - 2;
			if (kind == ':') {
				size_t i;
				for (i = 0; i < sizeof classes / sizeof *classes; i++)
					if (strlen(classes[i].name) == len && !memcmp(classes[i].name, s + 2, len))
						break;
				if (i == sizeof classes / sizeof *classes) {
					p->err = REG_ECTYPE;
					return 0;
				}
				for (int c = 0; c < 256; c++)
					if (classes[i].f(c)) SET(set, c);
				s = e + 2;
				continue;
			}
			/* [=c=] and [.c.]: single characters only in the C locale. */
			if (len != 1) {
				p->err = REG_ECOLLATE;
				return 0;
			}
			lo = s[2];
			s = e + 2;
		} else {
			lo = *s++;
		}
		hi = lo;
		if (s[0] == '-' && s[1] && s[1] != ']') {
			s++;
			if (s[0] == '[' && s[1] == '.') {
				const unsigned char *e = s + 2;
				if (!e[0] || e[1] != '.' || e[2] != ']') {
					p->err = REG_ECOLLATE;
					return 0;
				}
				hi = e[0];
				s = e + 3;
			} else {
				hi = *s++;
			}
			if (hi < lo) {
				p->err = REG_ERANGE;
				return 0;
			}
		}
		for (int c = lo; c <= hi; c++) SET(set, c);
	}
	p->s = s + 1;
	if (p->icase)
		for (int c = 0; c < 256; c++)
			if (set[c >> 3] & 1 << (c & 7)) {
				SET(set, tolower(c));
				SET(set, toupper(c));
			}
	if (neg) {
		for (int i = 0; i < 32; i++) set[i] = ~set[i];
		if (p->newline) set['\n' >> 3] &= ~(1 << ('\n' & 7));
	}
	int n = node(p, N_CLASS, 0, 0);
	p->nodes[n].v = k;
	return n;
}

static int parse_alt(struct parser *p, int depth);

/* {m}, {m,}, {m,n} and (GNU) {,n}; p->s just past '{'. Returns 1 with the
 * bounds, 0 if this is no bound at all (an ERE then reads '{' literally), or a
 * negated error: unterminated (REG_EBRACE) or malformed (REG_BADBR). */
static int bound(struct parser *p, int *min, int *max)
{
	const unsigned char *s = p->s;
	if (!isdigit(*s) && *s != ',') return 0;
	long m = 0, n;
	while (isdigit(*s)) if ((m = m * 10 + *s++ - '0') > 255) return -REG_BADBR;
	n = m;
	if (*s == ',') {
		s++;
		n = -1;
		if (isdigit(*s)) {
			n = 0;
			while (isdigit(*s)) if ((n = n * 10 + *s++ - '0') > 255) return -REG_BADBR;
		}
	}
	if (p->ere ? *s != '}' : (s[0] != '\\' || s[1] != '}')) {
		const char *close = strstr((const char *)s, p->ere ? "}" : "\\}");
		return close ? -REG_BADBR : -REG_EBRACE;
	}
	s += p->ere ? 1 : 2;
	if (n >= 0 && n < m) return -REG_BADBR;
	*min = m;
	*max = n;
	p->s = s;
	return 1;
}

static int assert_node(struct parser *p, int op)
{
	int n = node(p, N_ASSERT, 0, 0);
	p->nodes[n].v = op;
	return n;
}

static int lit(struct parser *p, int c)
{
	if (p->icase && tolower(c) != toupper(c)) {
		int k = new_class(p);
		if (k < 0) return 0;
		SET(p->cls[k], tolower(c));
		SET(p->cls[k], toupper(c));
		int n = node(p, N_CLASS, 0, 0);
		p->nodes[n].v = k;
		return n;
	}
	int n = node(p, N_LIT, 0, 0);
	p->nodes[n].v = c;
	return n;
}

/* One atom with its repetitions, or -1 at the end of a concatenation. */
static int parse_piece(struct parser *p, int depth, int at_start)
{
	const unsigned char *s = p->s;
	int n;
	if (!*s) return -1;
	if (p->ere) {
		if (*s == '|' || (*s == ')' && depth)) return -1;
	} else if (s[0] == '\\' && (s[1] == '|' || (s[1] == ')' && depth))) {
		return -1;
	} else if (s[0] == '\\' && s[1] == ')') {
		p->err = REG_EPAREN;	/* a BRE's \) with no \( */
		return 0;
	}
	p->s++;
	switch (*s) {
	case '.':
		n = node(p, N_ANY, 0, 0);
		break;
	case '[':
		n = bracket(p);
		break;
	case '^':
		if (p->ere || at_start == 1) n = assert_node(p, I_BOL);
		else n = lit(p, '^');
		break;
	case '$':
		/* BRE: an anchor only at the end of the expression or subexpression. */
		if (p->ere || !s[1] || (s[1] == '\\' && (s[2] == ')' || s[2] == '|')))
			n = assert_node(p, I_EOL);
		else
			n = lit(p, '$');
		break;
	case '(':
		if (!p->ere) goto literal;
	group: {
		int g = ++p->nsub;
		int sub = parse_alt(p, depth + 1);
		if (p->err) return 0;
		if (p->ere ? *p->s != ')' : (p->s[0] != '\\' || p->s[1] != ')')) {
			p->err = REG_EPAREN;
			return 0;
		}
		p->s += p->ere ? 1 : 2;
		if (g < 10) p->open[g] = 1;
		n = node(p, N_GROUP, sub, 0);
		p->nodes[n].v = g;
		break;
	}
	case '*':
	case '+':
	case '?':
	case '{':
		/* A BRE reads these literally where they can't repeat anything (and only
		 * '*' is special at all); an ERE, like glibc's, calls it an error. */
		if (!p->ere) goto literal;
		p->err = REG_BADRPT;
		return 0;
	case '\\':
		p->s++;
		switch (s[1]) {
		case 0:
			p->err = REG_EESCAPE;
			return 0;
		case '(':
			if (p->ere) goto escaped;
			goto group;
		case '{':
			if (p->ere) goto escaped;
			p->err = REG_BADRPT;
			return 0;
		case 'w': n = class_node(p, isalnum, 0); break;
		case 'W': n = class_node(p, isalnum, 1); break;
		case 's': n = class_node(p, isspace, 0); break;
		case 'S': n = class_node(p, isspace, 1); break;
		case 'b': n = assert_node(p, I_WORDB); break;
		case 'B': n = assert_node(p, I_NWORDB); break;
		case '<': n = assert_node(p, I_WBEG); break;
		case '>': n = assert_node(p, I_WEND); break;
		case '`': n = assert_node(p, I_BOL); break;
		case '\'': n = assert_node(p, I_EOL); break;
		case 'n': n = lit(p, '\n'); break;
		case 't': n = lit(p, '\t'); break;
		default:
			if (s[1] >= '1' && s[1] <= '9') {
				int g = s[1] - '0';
				if (!p->open[g]) {
					p->err = REG_ESUBREG;
					return 0;
				}
				n = node(p, N_BREF, 0, 0);
				p->nodes[n].v = g;
				p->has_bref = 1;
				break;
			}
		escaped:
			n = lit(p, s[1]);
		}
		break;
	default:
	literal:
		n = lit(p, *s);
	}
	if (p->err) return 0;

	/* Repetitions: several in a row are fine in an ERE (a** is a*); glibc's BRE
	 * rejects a second one, and an ERE rejects repeating an anchor (^ $ \\< \\b ...). */
	for (int reps = 0;; reps++) {
		if (!p->ere && p->nodes[n].type == N_ASSERT && p->nodes[n].v == I_BOL && at_start == 1)
			break;	/* ^* in a BRE: the '*' is literal, read as the next piece */
		int min, max;
		const unsigned char *q = p->s;
		if (*q == '*') {
			min = 0, max = -1;
			p->s++;
		} else if (p->ere && *q == '+') {
			min = 1, max = -1;
			p->s++;
		} else if (p->ere && *q == '?') {
			min = 0, max = 1;
			p->s++;
		} else if (!p->ere && q[0] == '\\' && (q[1] == '+' || q[1] == '?')) {
			min = q[1] == '+', max = q[1] == '+' ? -1 : 1;
			p->s += 2;
		} else if (p->ere ? *q == '{' : (q[0] == '\\' && q[1] == '{')) {
			p->s += p->ere ? 1 : 2;
			int r = bound(p, &min, &max);
			if (r < 0 || (r == 0 && !p->ere)) {
				p->err = r < 0 ? -r : REG_BADBR;
				return 0;
			}
			if (r == 0) {
				p->err = REG_EBRACE;	/* glibc: "a{x" is unterminated */
				return 0;
			}
		} else {
			break;
		}
		if (reps && !p->ere) {
			p->err = REG_BADRPT;
			return 0;
		}
		if (p->nodes[n].type == N_ASSERT && p->ere) {
			p->err = REG_BADRPT;
			return 0;
		}
		if (p->nodes[n].type == N_ASSERT && !p->ere) continue;
		int r = node(p, N_REP, n, 0);
		p->nodes[r].min = min;
		p->nodes[r].max = max;
		n = r;
	}
	return n;
}

static int parse_cat(struct parser *p, int depth)
{
	int n = -1, at_start = 1;
	for (;;) {
		int m = parse_piece(p, depth, at_start);
		if (p->err) return 0;
		if (m < 0) break;
		/* In a BRE, '^' keeps a following '*' literal (2: but a second '^' is
		 * an ordinary character). */
		at_start = !p->ere && p->nodes[m].type == N_ASSERT && p->nodes[m].v == I_BOL &&
			at_start == 1 ? 2 : 0;
		n = n < 0 ? m : node(p, N_CAT, n, m);
	}
	return n < 0 ? node(p, N_EMPTY, 0, 0) : n;
}

static int parse_alt(struct parser *p, int depth)
{
	int n = parse_cat(p, depth);
	while (!p->err) {
		if (p->ere && *p->s == '|') p->s++;
		else if (!p->ere && p->s[0] == '\\' && p->s[1] == '|') p->s += 2;
		else break;
		int m = parse_cat(p, depth);
		n = node(p, N_ALT, n, m);
	}
	return n;
}

/* Code generation. */
struct gen {
	struct inst *code;
	int n, cap;
	int err;
	int nslots;
	const struct parser *p;
};

/* Can node i match the empty string? Loops over such bodies need I_LOOPEND. */
static int nullable(const struct parser *p, int i)
{
	const struct node *nd = &p->nodes[i];
	switch (nd->type) {
	case N_LIT: case N_ANY: case N_CLASS: return 0;
	case N_CAT: return nullable(p, nd->a) && nullable(p, nd->b);
	case N_ALT: return nullable(p, nd->a) || nullable(p, nd->b);
	case N_REP: return nd->min == 0 || nullable(p, nd->a);
	case N_GROUP: return nullable(p, nd->a);
	}
	return 1;	/* empty, assertions, back-references */
}

#define MAX_PROG 200000

static int emit(struct gen *g, int op, int x, int y)
{
	if (g->n == g->cap) {
		int cap = g->cap ? 2 * g->cap : 64;
		struct inst *c = cap > MAX_PROG ? 0 : realloc(g->code, cap * sizeof *c);
		if (!c) {
			g->err = REG_ESPACE;
			return 0;
		}
		g->code = c;
		g->cap = cap;
	}
	g->code[g->n] = (struct inst){ .op = op, .x = x, .y = y };
	return g->n++;
}

static void gen(struct gen *g, int i)
{
	const struct node *nd = &g->p->nodes[i];
	int a, b, fix[256], nfix = 0;
	if (g->err) return;
	switch (nd->type) {
	case N_EMPTY:
		break;
	case N_LIT:
		a = emit(g, I_CHAR, 0, 0);
		if (!g->err) g->code[a].c = nd->v;
		break;
	case N_ANY:
		emit(g, g->p->newline ? I_ANYNL : I_ANY, 0, 0);
		break;
	case N_CLASS:
		emit(g, I_CLASS, nd->v, 0);
		break;
	case N_ASSERT:
		emit(g, nd->v, 0, 0);
		break;
	case N_BREF:
		emit(g, I_BREF, nd->v, 0);
		break;
	case N_CAT:
		gen(g, nd->a);
		gen(g, nd->b);
		break;
	case N_ALT:
		a = emit(g, I_SPLIT, 0, 0);
		gen(g, nd->a);
		b = emit(g, I_JMP, 0, 0);
		if (g->err) return;
		g->code[a].x = a + 1;
		g->code[a].y = g->n;
		gen(g, nd->b);
		if (!g->err) g->code[b].x = g->n;
		break;
	case N_GROUP:
		emit(g, I_SAVE, 2 * nd->v, 0);
		gen(g, nd->a);
		emit(g, I_SAVE, 2 * nd->v + 1, 0);
		break;
	case N_REP:
		for (int k = 0; k < nd->min; k++) gen(g, nd->a);
		if (nd->max < 0) {
			/* An empty iteration must not loop (the backtracker would never end,
			 * and POSIX counts it once at most): see I_LOOPEND. */
			int loop = nullable(g->p, nd->a), k = g->nslots;
			if (loop) {
				g->nslots += 2;
				emit(g, I_SAVE, k + 1, 0);
			}
			a = emit(g, I_SPLIT, 0, 0);
			if (loop) emit(g, I_SAVE, k, 0);
			gen(g, nd->a);
			b = emit(g, loop ? I_LOOPEND : I_JMP, a, 0);
			if (g->err) return;
			g->code[a].x = a + 1;
			g->code[a].y = g->n;
			g->code[b].y = g->n;
			g->code[b].z = k;
			g->code[b].c = nd->min == 0;
			break;
		}
		for (int k = nd->min; k < nd->max; k++) {
			/* glibc skips an optional iteration that would match empty after the
			 * required ones: (a*){1,2} on "aa" leaves \1 = "aa". */
			int drop = nd->min && nullable(g->p, nd->a), slot = g->nslots;
			if (drop) g->nslots += 2;
			a = emit(g, I_SPLIT, 0, 0);
			if (g->err) return;
			g->code[a].x = a + 1;
			fix[nfix++] = a;
			if (drop) emit(g, I_SAVE, slot, 0);
			gen(g, nd->a);
			if (drop) {
				b = emit(g, I_LOOPEND, 0, 0);
				if (g->err) return;
				g->code[b].x = b + 1;
				g->code[b].y = b + 1;
				g->code[b].z = slot;
			}
		}
		for (int k = 0; k < nfix && !g->err; k++) g->code[fix[k]].y = g->n;
		break;
	}
}

/* The bytes the program can consume first, following jumps and zero-width steps.
 * Reaching MATCH or a back-reference first means "anything". */
static void first_set(struct prog *p, int pc, unsigned char *seen)
{
	while (!seen[pc]) {
		seen[pc] = 1;
		const struct inst *in = &p->code[pc];
		switch (in->op) {
		case I_CHAR:
			SET(p->first, in->c);
			return;
		case I_CLASS:
			for (int i = 0; i < 32; i++) p->first[i] |= p->cls[in->x][i];
			return;
		case I_ANY: case I_ANYNL: case I_BREF: case I_MATCH:
			p->any_start = 1;
			return;
		case I_SPLIT:
		case I_LOOPEND:
			first_set(p, in->x, seen);
			pc = in->y;
			continue;
		case I_JMP:
			pc = in->x;
			continue;
		default:
			pc++;
		}
	}
}

int regcomp(regex_t *restrict re, const char *restrict pat, int cflags)
{
	struct parser p = {
		.s = (const unsigned char *)pat,
		.ere = !!(cflags & REG_EXTENDED),
		.icase = !!(cflags & REG_ICASE),
		.newline = !!(cflags & REG_NEWLINE),
	};
	int root = parse_alt(&p, 0);
	if (!p.err && *p.s) p.err = p.ere ? REG_EPAREN : REG_EPAREN;
	struct gen g = { .p = &p, .nslots = 2 * (p.nsub + 1) };
	if (!p.err) {
		emit(&g, I_SAVE, 0, 0);
		gen(&g, root);
		emit(&g, I_SAVE, 1, 0);
		emit(&g, I_MATCH, 0, 0);
	}
	free(p.nodes);
	int err = p.err ? p.err : g.err;
	struct prog *prog = err ? 0 : malloc(sizeof *prog);
	if (!prog) {
		free(g.code);
		free(p.cls);
		return err ? err : REG_ESPACE;
	}
	*prog = (struct prog){
		.code = g.code, .n = g.n, .cls = p.cls, .ncls = p.ncls, .nsub = p.nsub,
		.cflags = cflags, .has_bref = p.has_bref, .nslots = g.nslots,
	};
	unsigned char *seen = calloc(prog->n, 1);
	if (seen) first_set(prog, 0, seen);
	else prog->any_start = 1;
	free(seen);
	prog->first_byte = -1;
	for (int c = 0, k = 0; c < 256 && !prog->any_start; c++)
		if (prog->first[c >> 3] >> (c & 7) & 1) prog->first_byte = k++ ? -1 : c;
	/* SAVE 0, then BOL: the match can only begin where ^ holds. */
	prog->anchored = prog->n > 1 && prog->code[1].op == I_BOL && !(cflags & REG_NEWLINE);
	re->re_nsub = p.nsub;
	re->__prog = prog;
	re->__flags = cflags;
	return 0;
}

void regfree(regex_t *re)
{
	struct prog *p = re->__prog;
	if (!p) return;
	free(p->code);
	free(p->cls);
	free(p->scratch);
	__regex_dfa_free(p);
	free(p);
	re->__prog = 0;
}
