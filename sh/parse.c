/* parse.c - lexer and recursive-descent parser for the POSIX sh grammar.
 *
 * The lexer turns characters from input.c into tokens; a WORD token carries
 * a list of tagged parts (literal text with its quoting, parameter
 * expansions, command substitutions, arithmetic, tilde prefixes), so no
 * control bytes are ever mixed into the text.  Reserved words are decided by
 * the parser, which knows where a command may start; alias substitution
 * happens at the same point.  Everything is allocated in the current parse
 * arena.
 */
#include "sh.h"

#include <stdlib.h>
#include <string.h>

enum {
	T_NONE, T_EOF, T_NL, T_WORD, T_SEMI, T_AMP, T_PIPE, T_AND, T_OR,
	T_DSEMI, T_SEMIAMP, T_LPAREN, T_RPAREN, T_REDIR
};

struct parser {
	int tok;		/* lookahead token, T_NONE if none */
	struct word *tw;	/* T_WORD: the word */
	char *ttext;		/* T_WORD: text if entirely unquoted literal */
	int rtype, rfd;		/* T_REDIR: type and io number (-1) */
	int rstrip;		/* T_REDIR: <<- */
	int tline;
	struct redir *here, **heretail;	/* pending here-documents */
	int depth;
	int alias_next;		/* last alias ended in a blank */
};
static struct parser *P;

#define MAX_DEPTH 1000

static struct node *parse_list(void);
static struct node *parse_andor(void);
static struct node *parse_command(void);
static void read_heredocs(void);
static _Noreturn void unexpected(void);

int sh_is_name_n(const char *s, size_t n)
{
	size_t i;
	if (!n || !(s[0] == '_' || (s[0] >= 'a' && s[0] <= 'z') ||
		    (s[0] >= 'A' && s[0] <= 'Z')))
		return 0;
	for (i = 1; i < n; i++)
		if (!(s[i] == '_' || (s[i] >= 'a' && s[i] <= 'z') ||
		      (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9')))
			return 0;
	return 1;
}

int sh_is_name(const char *s)
{
	return sh_is_name_n(s, strlen(s));
}

static const char *const reserved[] = {
	"!", "{", "}", "case", "do", "done", "elif", "else", "esac", "fi",
	"for", "if", "in", "then", "until", "while", NULL
};

const char *sh_reserved(const char *s)
{
	int i;
	for (i = 0; reserved[i]; i++)
		if (!strcmp(reserved[i], s))
			return reserved[i];
	return NULL;
}

static void *node_new(int type)
{
	struct node *n = sh_aalloc(sizeof *n);
	n->type = type;
	n->lineno = P->tline;
	return n;
}

/* ---- word builder ------------------------------------------------------- */
struct wb {
	struct part *head, **tail;
	char *lit;
	size_t litlen, litcap;
	int litq, pending;
	int any_quote;
	int assign;		/* the word so far is NAME= */
	int nparts;
};

static void wb_init(struct wb *w)
{
	memset(w, 0, sizeof *w);
	w->tail = &w->head;
}

static struct part *part_new(int type, int quoted)
{
	struct part *p = sh_aalloc(sizeof *p);
	p->type = (unsigned char)type;
	p->quoted = (unsigned char)quoted;
	return p;
}

static void wb_flush(struct wb *w)
{
	struct part *p;
	if (!w->pending)
		return;
	p = part_new(P_LIT, w->litq);
	p->u.lit.s = sh_astrndup(w->lit ? w->lit : "", w->litlen);
	p->u.lit.n = w->litlen;
	*w->tail = p;
	w->tail = &p->next;
	w->nparts++;
	w->litlen = 0;
	w->pending = 0;
}

static void wb_lit(struct wb *w, const char *s, size_t n, int q)
{
	if (w->pending && w->litq != q)
		wb_flush(w);
	w->pending = 1;
	w->litq = q;
	if (w->litlen + n + 1 > w->litcap) {
		w->litcap = (w->litlen + n + 1) * 2;
		w->lit = sh_trealloc(w->lit, w->litcap);
	}
	memcpy(w->lit + w->litlen, s, n);
	w->litlen += n;
}

static void wb_litc(struct wb *w, int c, int q)
{
	char ch = (char)c;
	wb_lit(w, &ch, 1, q);
}

static void wb_part(struct wb *w, struct part *p)
{
	wb_flush(w);
	*w->tail = p;
	w->tail = &p->next;
	w->nparts++;
}

static struct word *wb_word(struct wb *w)
{
	struct word *wd;
	wb_flush(w);
	wd = sh_aalloc(sizeof *wd);
	wd->parts = w->head;
	return wd;
}

/* ---- lexer -------------------------------------------------------------- */
enum { M_NORMAL, M_DQ, M_PARAM, M_PARAMDQ, M_HEREDOC, M_ARITH };

static void read_parts(struct wb *w, int mode);

static _Noreturn void unterminated(const char *what)
{
	sh_syntax("syntax error: unterminated %s", what);
}

static int is_meta(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' ||
	       c == '|' || c == '(' || c == ')' || c == '<' || c == '>';
}

static int is_special_param(int c)
{
	return c == '@' || c == '*' || c == '#' || c == '?' || c == '-' ||
	       c == '$' || c == '!' || (c >= '0' && c <= '9');
}

static int is_namec(int c, int first)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (!first && c >= '0' && c <= '9');
}

/* Parse a command list from the current input up to ")" (for $(...)) or
 * to the end of a pushed string (backquotes). */
static struct node *nested_parse(int until_paren)
{
	struct parser *outer = P, np;
	struct node *n;
	memset(&np, 0, sizeof np);
	np.tok = T_NONE;
	np.heretail = &np.here;
	np.depth = outer->depth + 1;
	np.tline = sh_lineno;
	if (np.depth > MAX_DEPTH)
		sh_syntax("syntax error: nesting too deep");
	P = &np;
	n = parse_list();
	if (until_paren ? P->tok != T_RPAREN : P->tok != T_EOF) {
		if (P->tok == T_EOF)
			unterminated(until_paren ? "$(...)" : "`...`");
		unexpected();
	}
	if (P->here)
		read_heredocs();
	P = outer;
	return n;
}

static void parse_cmdsub(struct wb *w, int q)
{
	struct part *p = part_new(P_CMDSUB, q);
	p->u.cmd = nested_parse(1);
	wb_part(w, p);
}

static void parse_backquote(struct wb *w, int q)
{
	/* collect the text, undoing the backslash escapes of `...` */
	char *buf = NULL;
	size_t len = 0, cap = 0;
	int c, line = sh_lineno;
	struct part *p;
	for (;;) {
		c = sh_getc();
		if (c < 0)
			unterminated("`...`");
		if (c == '`')
			break;
		if (c == '\\') {
			int d = sh_getc();
			if (d == '$' || d == '`' || d == '\\' || (q && d == '"'))
				c = d;
			else if (d == '\n')
				continue;
			else if (d >= 0)
				sh_ungetc(d);
		}
		if (len + 2 > cap) {
			cap = cap ? cap * 2 : 64;
			buf = sh_trealloc(buf, cap);
		}
		buf[len++] = (char)c;
	}
	p = part_new(P_CMDSUB, q);
	{
		int saveline = sh_lineno;
		sh_lineno = line;
		sh_push_string(buf ? buf : "", len, NULL);
		p->u.cmd = nested_parse(0);
		sh_pop_source();
		sh_lineno = saveline;
	}
	wb_part(w, p);
}

/* Words nest through ${...} and $((...)): bound the recursion. */
static void enter(void)
{
	if (++P->depth > MAX_DEPTH)
		sh_syntax("syntax error: nesting too deep");
}

static void parse_arith(struct wb *w, int q)
{
	struct wb aw;
	struct part *p = part_new(P_ARITH, q);
	enter();
	wb_init(&aw);
	read_parts(&aw, M_ARITH);
	p->u.arith = wb_word(&aw);
	wb_part(w, p);
	P->depth--;
}

static _Noreturn void bad_subst(void)
{
	sh_syntax("syntax error: bad substitution");
}

/* After "${": name, operator and word up to "}". */
static void parse_braced(struct wb *w, int q)
{
	struct part *p = part_new(P_PARAM, q);
	char name[256];
	size_t n = 0;
	int c = sh_getc();
	int len = 0;
	if (c == '#') {
		int d = sh_getc();
		if (d == '}') {
			p->u.param.name = sh_astrndup("#", 1);
			wb_part(w, p);
			return;
		}
		if (d >= 0 && (is_namec(d, 1) || is_special_param(d))) {
			len = 1;
			c = d;
		} else {
			sh_ungetc(d);
			/* $# followed by an operator */
			name[n++] = '#';
			c = -2;
		}
	}
	if (c == -2) {
		;
	} else if (c >= '0' && c <= '9') {
		while (c >= '0' && c <= '9') {
			if (n < sizeof name - 1)
				name[n++] = (char)c;
			c = sh_getc();
		}
		sh_ungetc(c);
	} else if (c >= 0 && is_namec(c, 1)) {
		while (c >= 0 && is_namec(c, 0)) {
			if (n >= sizeof name - 1)
				sh_syntax("syntax error: name too long");
			name[n++] = (char)c;
			c = sh_getc();
		}
		sh_ungetc(c);
	} else if (c >= 0 && is_special_param(c)) {
		name[n++] = (char)c;
	} else {
		bad_subst();
	}
	p->u.param.name = sh_astrndup(name, n);
	c = sh_getc();
	if (len) {
		if (c != '}')
			bad_subst();
		p->u.param.op = PO_LEN;
		wb_part(w, p);
		return;
	}
	if (c == '}') {
		wb_part(w, p);
		return;
	}
	if (c == ':') {
		p->u.param.colon = 1;
		c = sh_getc();
		if (c != '-' && c != '=' && c != '?' && c != '+')
			bad_subst();
	}
	switch (c) {
	case '-': p->u.param.op = PO_DEFAULT; break;
	case '=': p->u.param.op = PO_ASSIGN; break;
	case '?': p->u.param.op = PO_ERROR; break;
	case '+': p->u.param.op = PO_ALT; break;
	case '%':
		c = sh_getc();
		if (c == '%')
			p->u.param.op = PO_RLARGE;
		else {
			sh_ungetc(c);
			p->u.param.op = PO_RSMALL;
		}
		break;
	case '#':
		c = sh_getc();
		if (c == '#')
			p->u.param.op = PO_LLARGE;
		else {
			sh_ungetc(c);
			p->u.param.op = PO_LSMALL;
		}
		break;
	default:
		bad_subst();
	}
	{
		struct wb aw;
		int pat = p->u.param.op >= PO_RSMALL;
		enter();
		wb_init(&aw);
		read_parts(&aw, q && !pat ? M_PARAMDQ : M_PARAM);
		p->u.param.arg = wb_word(&aw);
		P->depth--;
	}
	wb_part(w, p);
}

static void parse_dollar(struct wb *w, int q)
{
	int c = sh_getc();
	char name[256];
	size_t n = 0;
	struct part *p;
	if (c == '(') {
		int d = sh_getc();
		if (d == '(') {
			parse_arith(w, q);
			return;
		}
		sh_ungetc(d);
		parse_cmdsub(w, q);
		return;
	}
	if (c == '{') {
		parse_braced(w, q);
		return;
	}
	if (c >= 0 && is_namec(c, 1)) {
		while (c >= 0 && is_namec(c, 0)) {
			if (n >= sizeof name - 1)
				sh_syntax("syntax error: name too long");
			name[n++] = (char)c;
			c = sh_getc();
		}
		sh_ungetc(c);
	} else if (c >= 0 && is_special_param(c)) {
		name[n++] = (char)c;
	} else {
		sh_ungetc(c);
		wb_litc(w, '$', q);
		return;
	}
	p = part_new(P_PARAM, q);
	p->u.param.name = sh_astrndup(name, n);
	wb_part(w, p);
}

/* Tilde prefix: "~" or "~login" up to "/" (or ":" in assignments). */
static int try_tilde(struct wb *w, int first, int mode)
{
	char user[256];
	size_t n = 0;
	int c;
	struct part *p;
	for (;;) {
		c = sh_getc();
		if (c >= 0 && (is_namec(c, 0) || c == '.' || c == '-') &&
		    n < sizeof user - 1) {
			user[n++] = (char)c;
			continue;
		}
		break;
	}
	if (!(c < 0 || c == '/' || is_meta(c) || (!first && c == ':') ||
	      (mode == M_PARAM && c == '}'))) {
		/* not a tilde prefix: keep the text literally */
		sh_ungetc(c);
		wb_litc(w, '~', 0);
		wb_lit(w, user, n, 0);
		return 0;
	}
	sh_ungetc(c);
	p = part_new(P_TILDE, 0);
	p->u.tilde.user = sh_astrndup(user, n);
	p->u.tilde.first = first;
	wb_part(w, p);
	return 1;
}

static void read_squote(struct wb *w)
{
	int c;
	w->any_quote = 1;
	wb_lit(w, "", 0, 1);
	while ((c = sh_getc()) != '\'') {
		if (c < 0)
			unterminated("quoted string");
		wb_litc(w, c, 1);
	}
}

/* Read the parts of a word in the given mode, up to its terminator. */
static void read_parts(struct wb *w, int mode)
{
	int c, q = mode == M_DQ || mode == M_PARAMDQ || mode == M_HEREDOC;
	int parens = 0;
	for (;;) {
		c = sh_getc();
		if (c < 0) {
			if (mode == M_NORMAL || mode == M_HEREDOC)
				break;
			unterminated(mode == M_DQ ? "quoted string" :
				     mode == M_ARITH ? "$((...))" : "${...}");
		}
		switch (mode) {
		case M_NORMAL:
			if (is_meta(c)) {
				sh_ungetc(c);
				return;
			}
			break;
		case M_DQ:
			if (c == '"')
				return;
			break;
		case M_PARAM:
		case M_PARAMDQ:
			if (c == '}')
				return;
			break;
		case M_ARITH:
			if (c == '(')
				parens++;
			else if (c == ')') {
				if (parens) {
					parens--;
				} else {
					c = sh_getc();
					if (c != ')')
						sh_syntax("syntax error: missing \"))\"");
					return;
				}
			}
			break;
		}
		switch (c) {
		case '\\':
			c = sh_getc();
			if (c == '\n' && mode != M_HEREDOC)
				continue;	/* line continuation */
			if (c < 0) {
				wb_litc(w, '\\', q);
				continue;
			}
			if (mode == M_NORMAL || mode == M_PARAM) {
				w->any_quote = 1;
				wb_litc(w, c, 1);
			} else if (c == '$' || c == '`' || c == '\\' ||
				   (c == '"' && mode != M_HEREDOC) ||
				   (c == '}' && mode == M_PARAMDQ)) {
				wb_litc(w, c, 1);
			} else {
				wb_litc(w, '\\', q);
				sh_ungetc(c);
			}
			continue;
		case '\'':
			if (mode == M_NORMAL || mode == M_PARAM) {
				read_squote(w);
				continue;
			}
			break;
		case '"':
			if (mode == M_NORMAL || mode == M_PARAM) {
				/* "" alone still makes a (quoted, empty)
				 * field, but "$@" must be able to vanish */
				int np = w->nparts, pend = w->pending;
				size_t ll = w->litlen;
				w->any_quote = 1;
				read_parts(w, M_DQ);
				if (w->nparts == np && w->pending == pend &&
				    w->litlen == ll)
					wb_lit(w, "", 0, 1);
				continue;
			}
			if (mode == M_PARAMDQ || mode == M_ARITH)
				continue;	/* nested quotes: already quoted */
			break;
		case '$':
			parse_dollar(w, q);
			continue;
		case '`':
			parse_backquote(w, q);
			continue;
		case '~':
			if ((mode == M_NORMAL || mode == M_PARAM) &&
			    !w->nparts && !w->pending) {
				try_tilde(w, 1, mode);
				continue;
			}
			if (mode == M_NORMAL && w->assign && w->pending &&
			    !w->litq && w->litlen &&
			    (w->lit[w->litlen - 1] == '=' ||
			     w->lit[w->litlen - 1] == ':')) {
				try_tilde(w, 0, mode);
				continue;
			}
			break;
		case '=':
			if (mode == M_NORMAL && !w->nparts && w->pending &&
			    !w->litq && !w->assign &&
			    sh_is_name_n(w->lit, w->litlen))
				w->assign = 1;
			break;
		}
		wb_litc(w, c, q);
	}
}

static void fix_words(struct word *w);

/* Parse text as the body of an unquoted here-document (also used for
 * prompts and ENV).  May run while another parse is in progress. */
struct word *sh_parse_heredoc_text(const char *s)
{
	struct parser p, *outer = P;
	struct wb w;
	struct word *res;
	int line = sh_lineno;
	memset(&p, 0, sizeof p);
	p.tok = T_NONE;
	p.heretail = &p.here;
	p.depth = outer ? outer->depth : 0;
	P = &p;
	wb_init(&w);
	sh_push_string(s, strlen(s), NULL);
	read_parts(&w, M_HEREDOC);
	sh_pop_source();
	sh_lineno = line;
	res = wb_word(&w);
	/* a $(...) in the body may hold here-documents of its own */
	fix_words(res);
	P = outer;
	return res;
}

/* The body being read: on the heap, so that growing it leaves no copies
 * behind in the temporary blocks; one left by an error (an interrupt) is
 * freed by the next here-document. */
static char *hbuf;

/* Read one here-document body line by line up to its delimiter. */
static void read_heredoc(struct redir *r)
{
	char *body, *line = NULL;
	size_t blen = 0, bcap = 0, llen, lcap = 0;
	int c, eof = 0;
	free(hbuf);
	hbuf = NULL;
	while (!eof) {
		llen = 0;
		for (;;) {
			c = sh_getc();
			if (c < 0) {
				eof = 1;
				break;
			}
			if (c == '\n') {
				/* unquoted: an unescaped backslash-newline
				 * joins the next line */
				size_t k = 0;
				while (!r->quoted_here && k < llen &&
				       line[llen - 1 - k] == '\\')
					k++;
				if (k % 2) {
					llen--;
					continue;
				}
				break;
			}
			if (r->strip && c == '\t' && llen == 0)
				continue;
			if (llen + 2 > lcap) {
				lcap = lcap ? lcap * 2 : 128;
				line = sh_trealloc(line, lcap);
			}
			line[llen++] = (char)c;
		}
		if (llen == strlen(r->delim) &&
		    (!llen || !memcmp(line, r->delim, llen)))
			break;
		if (eof && llen == 0)
			break;
		if (blen + llen + 2 > bcap) {
			bcap = (blen + llen + 2) * 2;
			hbuf = sh_xrealloc(hbuf, bcap);
		}
		if (llen)
			memcpy(hbuf + blen, line, llen);
		blen += llen;
		hbuf[blen++] = '\n';
	}
	if (!hbuf)
		hbuf = sh_xmalloc(1);
	hbuf[blen] = 0;
	/* without $, ` or \ an unquoted body is its own text: no lexing */
	if (r->quoted_here || !strpbrk(hbuf, "$`\\")) {
		struct part *p = part_new(P_LIT, 1);
		p->u.lit.s = sh_astrndup(hbuf, blen);
		p->u.lit.n = blen;
		r->target = sh_aalloc(sizeof *r->target);
		r->target->parts = p;
		body = NULL;
	} else {
		/* a $(...) in it may read here-documents of its own */
		body = sh_talloc(blen + 1);
		memcpy(body, hbuf, blen + 1);
	}
	free(hbuf);
	hbuf = NULL;
	if (body)
		r->target = sh_parse_heredoc_text(body);
}

/* Read the bodies of the pending here-documents (after a newline). */
static void read_heredocs(void)
{
	struct redir *r = P->here, *next;
	P->here = NULL;
	P->heretail = &P->here;
	for (; r; r = next) {
		next = r->next;
		r->next = NULL;
		read_heredoc(r);
	}
}

/* The second character of an operator: read if it is one of follow, else
 * left unread and 0.  Reads once, so an end of input on a terminal is not
 * asked for twice. */
static int op_next(const char *follow)
{
	int c = sh_getc();
	if (c > 0 && strchr(follow, c))
		return c;
	sh_ungetc(c);
	return 0;
}

static void lex(void)
{
	int c;
	P->ttext = NULL;
	P->tw = NULL;
	for (;;) {
		c = sh_getc();
		if (c == ' ' || c == '\t')
			continue;
		if (c == '\\') {
			int d = sh_getc();
			if (d == '\n')
				continue;
			sh_ungetc(d);
		}
		if (c == '#') {
			while ((c = sh_getc()) >= 0 && c != '\n')
				;
		}
		break;
	}
	P->tline = sh_lineno;
	switch (c) {
	case -1:
		if (P->here)
			read_heredocs();
		P->tok = T_EOF;
		return;
	case '\n':
		P->tline = sh_lineno - 1;
		if (P->here)
			read_heredocs();
		P->tok = T_NL;
		return;
	case ';':
		c = op_next(";&");
		P->tok = c == ';' ? T_DSEMI : c == '&' ? T_SEMIAMP : T_SEMI;
		return;
	case '&':
		P->tok = op_next("&") ? T_AND : T_AMP;
		return;
	case '|':
		P->tok = op_next("|") ? T_OR : T_PIPE;
		return;
	case '(':
		P->tok = T_LPAREN;
		return;
	case ')':
		P->tok = T_RPAREN;
		return;
	case '<':
	case '>':
		P->rfd = -1;
	redirop:
		P->tok = T_REDIR;
		P->rstrip = 0;
		if (c == '<') {
			c = op_next("<&>");
			if (c == '<') {
				P->rtype = R_HERE;
				P->rstrip = op_next("-") != 0;
			} else
				P->rtype = c == '&' ? R_DUPIN : c == '>' ? R_RDWR : R_IN;
		} else {
			c = op_next(">&|");
			P->rtype = c == '>' ? R_APPEND : c == '&' ? R_DUPOUT
				 : c == '|' ? R_CLOBBER : R_OUT;
		}
		return;
	}
	sh_ungetc(c);
	{
		struct wb w;
		struct word *wd;
		wb_init(&w);
		read_parts(&w, M_NORMAL);
		wd = wb_word(&w);
		P->tok = T_WORD;
		P->tw = wd;
		if (wd->parts && !wd->parts->next && wd->parts->type == P_LIT &&
		    !wd->parts->quoted && !w.any_quote)
			P->ttext = wd->parts->u.lit.s;
		if (P->ttext) {
			const char *t = P->ttext;
			size_t i;
			for (i = 0; t[i] >= '0' && t[i] <= '9'; i++)
				;
			if (!t[i] && i && i < 10) {
				c = sh_getc();
				if (c == '<' || c == '>') {
					P->rfd = atoi(t);
					P->ttext = NULL;
					goto redirop;
				}
				sh_ungetc(c);
			}
		}
	}
}

static int peek(void)
{
	if (P->tok == T_NONE)
		lex();
	return P->tok;
}

static void consume(void)
{
	P->tok = T_NONE;
	if (P->alias_next)
		P->alias_next--;
}

/* Peek in command position: reserved words and aliases apply here. */
static int peek_cmd(void)
{
	int guard = 0;
	for (;;) {
		void *h;
		const char *val;
		size_t n;
		peek();
		if (P->tok != T_WORD || !P->ttext || sh_reserved(P->ttext))
			return P->tok;
		val = sh_alias_use(P->ttext, &h);
		if (!val || ++guard > 100)
			return P->tok;
		P->tok = T_NONE;
		n = strlen(val);
		sh_push_string(val, n, h);
		/* a trailing blank makes the next word an alias candidate */
		if (n && (val[n - 1] == ' ' || val[n - 1] == '\t'))
			P->alias_next = 2;	/* counts down in consume() */
	}
}

static int is_kw(const char *kw)
{
	return peek() == T_WORD && P->ttext && !strcmp(P->ttext, kw);
}

static int is_kw_cmd(const char *kw)
{
	return peek_cmd() == T_WORD && P->ttext && !strcmp(P->ttext, kw);
}

static const char *tok_text(void)
{
	static const char *names[] = {
		"", "end of file", "newline", "word", "\";\"", "\"&\"", "\"|\"",
		"\"&&\"", "\"||\"", "\";;\"", "\";&\"", "\"(\"", "\")\"", ""
	};
	static char buf[80];
	int t = peek();
	if (t == T_WORD) {
		if (P->ttext && strlen(P->ttext) < 60) {
			size_t n = strlen(P->ttext);
			buf[0] = '"';
			memcpy(buf + 1, P->ttext, n);
			buf[n + 1] = '"';
			buf[n + 2] = 0;
			return buf;
		}
		return "word";
	}
	if (t == T_REDIR) {
		static const char *r[] = {
			"\"<\"", "\">\"", "\">>\"", "\">|\"", "\"<>\"", "\"<&\"",
			"\">&\"", "\"<<\""
		};
		return r[P->rtype];
	}
	return names[t];
}

static _Noreturn void unexpected(void)
{
	sh_syntax("syntax error: unexpected %s", tok_text());
}

static void expect_kw(const char *kw)
{
	if (!is_kw_cmd(kw))
		unexpected();
	consume();
}

static void skip_nl(void)
{
	while (peek_cmd() == T_NL)
		consume();
}

/* ---- grammar ------------------------------------------------------------ */
static int at_list_end(void)
{
	static const char *const stop[] = {
		"then", "else", "elif", "fi", "do", "done", "esac", "}", NULL
	};
	int t = peek_cmd(), i;
	if (t == T_EOF || t == T_RPAREN || t == T_DSEMI || t == T_SEMIAMP)
		return 1;
	if (t == T_WORD && P->ttext)
		for (i = 0; stop[i]; i++)
			if (!strcmp(P->ttext, stop[i]))
				return 1;
	return 0;
}

static struct node *seq(struct node *a, struct node *b)
{
	struct node *n;
	if (!a)
		return b;
	n = node_new(N_SEQ);
	n->u.bin.l = a;
	n->u.bin.r = b;
	return n;
}

/* compound_list: newline-separated and_or lists up to a closing word. */
static struct node *parse_list(void)
{
	struct node *res = NULL;
	for (;;) {
		struct node *n;
		int t;
		skip_nl();
		if (at_list_end())
			break;
		n = parse_andor();
		t = peek();
		if (t == T_AMP) {
			struct node *b = node_new(N_BG);
			b->u.body = n;
			n = b;
		}
		res = seq(res, n);
		if (t == T_AMP || t == T_SEMI || t == T_NL)
			consume();
		else
			break;
	}
	return res;
}

static struct node *nonempty(struct node *n)
{
	if (!n)
		unexpected();
	return n;
}

static struct node *parse_pipeline(void)
{
	int bang = 0;
	struct node *n;
	struct nodelist *head = NULL, **tail = &head;
	while (is_kw_cmd("!")) {
		consume();
		bang = !bang;
	}
	for (;;) {
		struct nodelist *l = sh_aalloc(sizeof *l);
		l->n = parse_command();
		*tail = l;
		tail = &l->next;
		if (peek() != T_PIPE)
			break;
		consume();
		skip_nl();
	}
	if (head->next) {
		n = node_new(N_PIPE);
		n->lineno = head->n->lineno;
		n->u.pipe = head;
	} else {
		n = head->n;
	}
	if (bang) {
		struct node *b = node_new(N_NOT);
		b->u.body = n;
		n = b;
	}
	return n;
}

static struct node *parse_andor(void)
{
	struct node *n = parse_pipeline();
	for (;;) {
		int t = peek();
		struct node *b;
		if (t != T_AND && t != T_OR)
			return n;
		consume();
		skip_nl();
		b = node_new(t == T_AND ? N_AND : N_OR);
		b->u.bin.l = n;
		b->u.bin.r = parse_pipeline();
		n = b;
	}
}

/* Parse one redirection whose operator token is the lookahead. */
static struct redir *parse_redir(void)
{
	struct redir *r = sh_aalloc(sizeof *r);
	r->type = P->rtype;
	r->fd = P->rfd;
	r->strip = P->rstrip;
	if (r->fd < 0)
		r->fd = (r->type == R_IN || r->type == R_DUPIN ||
			 r->type == R_HERE || r->type == R_RDWR) ? 0 : 1;
	consume();
	if (peek() != T_WORD)
		unexpected();
	r->target = P->tw;
	if (r->type == R_HERE) {
		/* the delimiter: quote removal only, quoted if any quoting */
		struct part *p;
		size_t n = 0;
		char *d;
		int quoted = 0;
		for (p = P->tw->parts; p; p = p->next) {
			if (p->type == P_LIT) {
				n += p->u.lit.n;
				quoted |= p->quoted;
			} else {
				n += 64;
			}
		}
		d = sh_aalloc(n + 1);
		n = 0;
		for (p = P->tw->parts; p; p = p->next)
			if (p->type == P_LIT) {
				memcpy(d + n, p->u.lit.s, p->u.lit.n);
				n += p->u.lit.n;
			} else if (p->type == P_PARAM) {
				d[n++] = '$';
				memcpy(d + n, p->u.param.name,
				       strlen(p->u.param.name));
				n += strlen(p->u.param.name);
			}
		d[n] = 0;
		if (!P->ttext)
			quoted = 1;
		r->delim = d;
		r->quoted_here = quoted;
		r->target = NULL;
		*P->heretail = r;
		P->heretail = &r->next;
		consume();
		return r;	/* the pending entry; the command wraps it */
	}
	consume();
	return r;
}

static void add_redir(struct redir ***tail, struct redir *r)
{
	**tail = r;
	*tail = &r->next;
}

static struct node *parse_simple(void)
{
	struct node *n = node_new(N_CMD);
	struct word **atail = &n->u.cmd.assign, **wtail = &n->u.cmd.args;
	struct redir *rhead = NULL, **rtail = &rhead;
	int nwords = 0;
	for (;;) {
		int t = nwords && !P->alias_next ? peek() : peek_cmd();
		if (t == T_REDIR) {
			struct redir *r = parse_redir();
			if (r->type == R_HERE) {
				/* the pending list links here-docs through
				 * ->next, so the command gets a wrapper */
				struct redir *w = sh_aalloc(sizeof *w);
				w->type = R_HERE;
				w->fd = r->fd;
				w->here_src = r;
				add_redir(&rtail, w);
			} else {
				add_redir(&rtail, r);
			}
			continue;
		}
		if (t != T_WORD)
			break;
		if (!nwords && !n->u.cmd.args) {
			struct part *p = P->tw->parts;
			if (p && p->type == P_LIT && !p->quoted) {
				char *eq = memchr(p->u.lit.s, '=', p->u.lit.n);
				if (eq && sh_is_name_n(p->u.lit.s,
						       (size_t)(eq - p->u.lit.s))) {
					*atail = P->tw;
					atail = &P->tw->next;
					consume();
					continue;
				}
			}
		}
		if (!nwords) {
			char *name = P->ttext;
			*wtail = P->tw;
			wtail = &P->tw->next;
			nwords++;
			consume();
			if (name && peek() == T_LPAREN && !n->u.cmd.assign &&
			    !rhead) {
				struct node *f = node_new(N_FUNC);
				if (!sh_is_name(name))
					sh_syntax("syntax error: bad function name \"%s\"", name);
				consume();
				if (peek() != T_RPAREN)
					unexpected();
				consume();
				skip_nl();
				f->u.func.name = name;
				f->u.func.body = parse_command();
				if (f->u.func.body->type == N_CMD ||
				    f->u.func.body->type == N_FUNC)
					sh_syntax("syntax error: function body must be a compound command");
				return f;
			}
			continue;
		}
		*wtail = P->tw;
		wtail = &P->tw->next;
		nwords++;
		consume();
	}
	if (!nwords && !n->u.cmd.assign && !rhead)
		unexpected();
	n->redir = rhead;
	return n;
}

static struct redir *parse_trailing_redirs(void)
{
	struct redir *head = NULL, **tail = &head;
	while (peek() == T_REDIR) {
		struct redir *r = parse_redir();
		if (r->type == R_HERE) {
			struct redir *w = sh_aalloc(sizeof *w);
			w->type = R_HERE;
			w->fd = r->fd;
			w->here_src = r;
			r = w;
		}
		add_redir(&tail, r);
	}
	return head;
}

static struct node *parse_if(void)
{
	struct node *n = node_new(N_IF);
	consume();
	n->u.ifn.cond = nonempty(parse_list());
	expect_kw("then");
	n->u.ifn.then = nonempty(parse_list());
	if (is_kw_cmd("elif")) {
		n->u.ifn.els = parse_if();
		return n;
	}
	if (is_kw_cmd("else")) {
		consume();
		n->u.ifn.els = nonempty(parse_list());
	}
	expect_kw("fi");
	return n;
}

static struct node *parse_loop(int type)
{
	struct node *n = node_new(type);
	consume();
	n->u.loop.cond = nonempty(parse_list());
	expect_kw("do");
	n->u.loop.body = nonempty(parse_list());
	expect_kw("done");
	return n;
}

static struct node *parse_for(void)
{
	struct node *n = node_new(N_FOR);
	struct word **tail = &n->u.forn.words;
	consume();
	if (peek() != T_WORD || !P->ttext || !sh_is_name(P->ttext))
		sh_syntax("syntax error: bad for loop variable");
	n->u.forn.var = P->ttext;
	consume();
	skip_nl();
	if (is_kw("in")) {
		consume();
		n->u.forn.has_in = 1;
		while (peek() == T_WORD) {
			*tail = P->tw;
			tail = &P->tw->next;
			consume();
		}
		if (peek() == T_SEMI || peek() == T_NL)
			consume();
		else
			unexpected();
	} else if (peek() == T_SEMI) {
		consume();
	}
	skip_nl();
	expect_kw("do");
	n->u.forn.body = nonempty(parse_list());
	expect_kw("done");
	return n;
}

static struct node *parse_case(void)
{
	struct node *n = node_new(N_CASE);
	struct caseitem **tail = &n->u.casen.items;
	consume();
	if (peek() != T_WORD)
		unexpected();
	n->u.casen.subject = P->tw;
	consume();
	skip_nl();
	if (!is_kw("in"))
		unexpected();
	consume();
	for (;;) {
		struct caseitem *ci;
		struct word **pt;
		skip_nl();
		if (is_kw("esac")) {
			consume();
			break;
		}
		ci = sh_aalloc(sizeof *ci);
		pt = &ci->pats;
		if (peek() == T_LPAREN)
			consume();
		for (;;) {
			if (peek() != T_WORD)
				unexpected();
			*pt = P->tw;
			pt = &P->tw->next;
			consume();
			if (peek() != T_PIPE)
				break;
			consume();
		}
		if (peek() != T_RPAREN)
			unexpected();
		consume();
		ci->body = parse_list();
		*tail = ci;
		tail = &ci->next;
		if (peek() == T_DSEMI || peek() == T_SEMIAMP) {
			ci->fallthrough = P->tok == T_SEMIAMP;
			consume();
			continue;
		}
		if (is_kw_cmd("esac")) {
			consume();
			break;
		}
		unexpected();
	}
	return n;
}

static struct node *parse_command(void)
{
	struct node *n;
	int t;
	if (++P->depth > MAX_DEPTH)
		sh_syntax("syntax error: nesting too deep");
	t = peek_cmd();
	if (t == T_LPAREN) {
		n = node_new(N_SUBSHELL);
		consume();
		n->u.body = nonempty(parse_list());
		if (peek() != T_RPAREN)
			unexpected();
		consume();
	} else if (t == T_WORD && P->ttext && sh_reserved(P->ttext)) {
		const char *kw = P->ttext;
		if (!strcmp(kw, "{")) {
			n = node_new(N_GROUP);
			consume();
			n->u.body = nonempty(parse_list());
			expect_kw("}");
		} else if (!strcmp(kw, "if")) {
			n = parse_if();
		} else if (!strcmp(kw, "while")) {
			n = parse_loop(N_WHILE);
		} else if (!strcmp(kw, "until")) {
			n = parse_loop(N_UNTIL);
		} else if (!strcmp(kw, "for")) {
			n = parse_for();
		} else if (!strcmp(kw, "case")) {
			n = parse_case();
		} else if (!strcmp(kw, "in")) {
			n = parse_simple();
			P->depth--;
			return n;
		} else {
			unexpected();
		}
	} else if (t == T_WORD || t == T_REDIR) {
		n = parse_simple();
		P->depth--;
		return n;
	} else {
		unexpected();
	}
	n->redir = parse_trailing_redirs();
	P->depth--;
	return n;
}

/* Resolve here-document wrappers: the command's redir points at the
 * pending entry whose body was read at the newline. */
static void fix_heredocs(struct node *n);

static void fix_redirs(struct redir *r)
{
	for (; r; r = r->next)
		if (r->type == R_HERE && r->here_src) {
			struct redir *src = r->here_src;
			r->target = src->target;
			r->quoted_here = src->quoted_here;
			r->strip = src->strip;
			r->here_src = NULL;
		}
}

static void fix_words(struct word *w);

static void fix_parts(struct part *p)
{
	for (; p; p = p->next) {
		if (p->type == P_CMDSUB)
			fix_heredocs(p->u.cmd);
		else if (p->type == P_PARAM)
			fix_words(p->u.param.arg);
		else if (p->type == P_ARITH)
			fix_words(p->u.arith);
	}
}

static void fix_words(struct word *w)
{
	for (; w; w = w->next)
		fix_parts(w->parts);
}

static void fix_heredocs(struct node *n)
{
	struct nodelist *l;
	struct caseitem *ci;
	if (!n)
		return;
	fix_redirs(n->redir);
	switch (n->type) {
	case N_CMD:
		fix_words(n->u.cmd.assign);
		fix_words(n->u.cmd.args);
		{
			struct redir *r;
			for (r = n->redir; r; r = r->next)
				if (r->type != R_HERE)
					fix_words(r->target);
		}
		break;
	case N_PIPE:
		for (l = n->u.pipe; l; l = l->next)
			fix_heredocs(l->n);
		break;
	case N_AND: case N_OR: case N_SEQ:
		fix_heredocs(n->u.bin.l);
		fix_heredocs(n->u.bin.r);
		break;
	case N_BG: case N_NOT: case N_SUBSHELL: case N_GROUP:
		fix_heredocs(n->u.body);
		break;
	case N_IF:
		fix_heredocs(n->u.ifn.cond);
		fix_heredocs(n->u.ifn.then);
		fix_heredocs(n->u.ifn.els);
		break;
	case N_WHILE: case N_UNTIL:
		fix_heredocs(n->u.loop.cond);
		fix_heredocs(n->u.loop.body);
		break;
	case N_FOR:
		fix_words(n->u.forn.words);
		fix_heredocs(n->u.forn.body);
		break;
	case N_CASE:
		fix_words(n->u.casen.subject);
		for (ci = n->u.casen.items; ci; ci = ci->next) {
			fix_words(ci->pats);
			fix_heredocs(ci->body);
		}
		break;
	case N_FUNC:
		fix_heredocs(n->u.func.body);
		break;
	}
}

static struct node *parse_line(void);

/* Parse one complete command (a line) at the top level.  Traps may run
 * (and parse) while this parser waits for input: P is restored. */
struct node *sh_parse_command(void)
{
	struct parser p, *outer = P;
	struct node *res;
	memset(&p, 0, sizeof p);
	p.tok = T_NONE;
	p.heretail = &p.here;
	P = &p;
	res = parse_line();
	P = outer;
	return res;
}

static struct node *parse_line(void)
{
	struct node *res = NULL;
	int t;
	sh_set_prompt(1);
	t = peek_cmd();
	if (t == T_EOF)
		return SH_EOF_NODE;
	if (t == T_NL) {
		consume();
		return NULL;
	}
	for (;;) {
		struct node *n = parse_andor();
		t = peek();
		if (t == T_AMP) {
			struct node *b = node_new(N_BG);
			b->u.body = n;
			n = b;
		}
		res = seq(res, n);
		if (t == T_AMP || t == T_SEMI) {
			consume();
			t = peek_cmd();
			if (t == T_NL || t == T_EOF)
				break;
			continue;
		}
		if (t == T_NL || t == T_EOF)
			break;
		unexpected();
	}
	if (P->tok == T_NL)
		consume();
	if (P->here)
		read_heredocs();
	fix_heredocs(res);
	return res;
}
