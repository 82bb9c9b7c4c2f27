/* Fuzz target for the shell's parser and expander.
 *
 *   libFuzzer:  make fuzz-sh   (clang -fsanitize=fuzzer,address,undefined)
 *   plain:      $(B)/tests/fuzz/sh-fuzz FILE...   (built with ASan by make
 *               check, which runs it over tests/fuzz/corpus)
 *
 * Each input is parsed as a script, command by command.  Words of simple
 * commands, for lists and case patterns are expanded (parameters, trimming,
 * arithmetic, field splitting, pattern matching), but nothing is executed:
 * words holding a command substitution are skipped, pathname expansion is
 * off and case patterns are matched against their subject instead of the
 * file system.  Shell errors (syntax, bad substitution, division by zero)
 * are caught the way the interactive read-eval loop catches them.
 */
#include "sh.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int pure_word(struct word *w);

/* No command substitution anywhere inside: expanding it runs nothing. */
static int pure_parts(struct part *p)
{
	for (; p; p = p->next) {
		if (p->type == P_CMDSUB)
			return 0;
		if (p->type == P_PARAM && p->u.param.arg && !pure_word(p->u.param.arg))
			return 0;
		if (p->type == P_ARITH && !pure_word(p->u.arith))
			return 0;
		if (p->type == P_TILDE && p->u.tilde.user[0])
			return 0;	/* no user database look-ups */
	}
	return 1;
}

static int pure_word(struct word *w)
{
	return pure_parts(w->parts);
}

static void expand_list(struct word *w)
{
	for (; w; w = w->next) {
		struct word one = *w;
		int argc;
		one.next = NULL;
		if (pure_word(&one))
			sh_expand_args(&one, &argc);
	}
}

static void walk(struct node *n, int depth)
{
	struct nodelist *l;
	struct caseitem *ci;
	if (!n || depth > 200)
		return;
	switch (n->type) {
	case N_CMD:
		expand_list(n->u.cmd.args);
		for (struct word *w = n->u.cmd.assign; w; w = w->next) {
			struct word one = *w;
			one.next = NULL;
			if (pure_word(&one))
				sh_expand_str(&one, X_ASSIGN);
		}
		break;
	case N_PIPE:
		for (l = n->u.pipe; l; l = l->next)
			walk(l->n, depth + 1);
		break;
	case N_AND: case N_OR: case N_SEQ:
		walk(n->u.bin.l, depth + 1);
		walk(n->u.bin.r, depth + 1);
		break;
	case N_BG: case N_NOT: case N_SUBSHELL: case N_GROUP:
		walk(n->u.body, depth + 1);
		break;
	case N_IF:
		walk(n->u.ifn.cond, depth + 1);
		walk(n->u.ifn.then, depth + 1);
		walk(n->u.ifn.els, depth + 1);
		break;
	case N_WHILE: case N_UNTIL:
		walk(n->u.loop.cond, depth + 1);
		walk(n->u.loop.body, depth + 1);
		break;
	case N_FOR:
		expand_list(n->u.forn.words);
		walk(n->u.forn.body, depth + 1);
		break;
	case N_CASE: {
		char *subj = "";
		if (pure_word(n->u.casen.subject))
			subj = sh_expand_str(n->u.casen.subject, 0);
		for (ci = n->u.casen.items; ci; ci = ci->next) {
			for (struct word *p = ci->pats; p; p = p->next) {
				struct word one = *p;
				struct sh_pat pat;
				one.next = NULL;
				if (!pure_word(&one))
					continue;
				sh_expand_pat(&one, &pat);
				sh_pmatch(pat.s, pat.q, pat.n, subj, strlen(subj));
			}
			walk(ci->body, depth + 1);
		}
		break;
	}
	case N_FUNC:
		walk(n->u.func.body, depth + 1);
		break;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	struct sh_jmp jmp;
	struct sh_arena *volatile a = NULL;
	sh_mark_t mark;
	if (!ready) {
		static char *env[] = { "HOME=/nonexistent", "x=abc def", NULL };
		sh_var_init(env);
		sh_setvar("IFS", " \t\n", 0);
		sh_opt[OPT_f] = 1;	/* no pathname expansion */
		ready = 1;
	}
	mark = sh_tmark();
	sh_lineno = 1;
	sh_push_string((const char *)data, size, NULL);
	jmp.prev = NULL;
	if (setjmp(jmp.jb)) {
		/* like the interactive loop: drop this command, go on */
		if (a)
			sh_arena_unref(a);
		a = NULL;
		sh_trelease(mark);
		sh_pop_to(0);
		sh_handler = NULL;
		return 0;
	}
	sh_handler = &jmp;
	for (;;) {
		struct node *n;
		a = sh_arena_new();
		sh_cur_arena = a;
		n = sh_parse_command();
		if (n == SH_EOF_NODE)
			break;
		sh_exec_arena = a;
		walk(n, 0);
		sh_exec_arena = NULL;
		sh_arena_unref(a);
		a = NULL;
		sh_trelease(mark);
	}
	sh_arena_unref(a);
	a = NULL;
	sh_pop_to(0);
	sh_trelease(mark);
	sh_handler = NULL;
	return 0;
}

#ifdef SH_FUZZ_MAIN
/* The plain driver: run every file named, report the count. */
int main(int argc, char **argv)
{
	int i, n = 0;
	for (i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		char *buf = NULL;
		size_t len = 0, cap = 0, r;
		if (!f) {
			perror(argv[i]);
			return 1;
		}
		do {
			if (len == cap) {
				cap = cap ? cap * 2 : 4096;
				buf = realloc(buf, cap);
				if (!buf)
					return 1;
			}
			r = fread(buf + len, 1, cap - len, f);
			len += r;
		} while (r);
		fclose(f);
		LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
		free(buf);
		n++;
	}
	printf("%d inputs\n", n);
	return 0;
}
#endif
