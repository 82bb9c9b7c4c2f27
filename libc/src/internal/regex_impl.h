/* regex_impl.h: the compiled form of a regular expression.
 *
 * regcomp parses to a tree and flattens it into a small instruction program;
 * regexec runs that program as a Thompson/Pike NFA simulation (linear time,
 * leftmost-longest overall match), or by backtracking when the pattern uses
 * back-references, which no automaton can express. */
#ifndef _REGEX_IMPL_H
#define _REGEX_IMPL_H

enum {
	I_CHAR, I_ANY, I_ANYNL, I_CLASS, I_SPLIT, I_JMP, I_SAVE,
	I_BOL, I_EOL, I_WORDB, I_NWORDB, I_WBEG, I_WEND, I_BREF, I_MATCH,
	/* End of an iteration of a loop whose body can match empty: back to x if the
	 * iteration consumed something; an empty one leaves to y if it was the first
	 * (c set: x* may match one empty iteration, as glibc's (a*)* does), else dies.
	 * Slots z (iteration start) and z+1 (loop entry) are set by I_SAVE. */
	I_LOOPEND,
};

struct inst {
	unsigned char op, c;
	int x, y;	/* jump targets; save slot, class or group number in x */
	int z;		/* I_LOOPEND's slot */
};

struct prog {
	struct inst *code;
	int n;
	unsigned char (*cls)[32];	/* 256-bit sets */
	int ncls;
	int nsub;
	int cflags;
	int has_bref;
	int nslots;	/* capture slots, then two per empty-matching loop */
	void *dfa;	/* regexec's lazily built DFA (dfa.c) */
	/* Bytes that can start a match; any_start if the match may begin without
	 * consuming one (or the set is unknown). Lets regexec skip ahead. */
	unsigned char first[32];
	int any_start;
	int first_byte;	/* the only byte in first, or -1 */
	int anchored;	/* begins with ^ (and no REG_NEWLINE): only the start can match */
	/* regexec's working memory, kept between calls. */
	void *scratch;
	size_t scratch_size;
};

int __regex_dfa(struct prog *, const unsigned char *, long start, long end, int eflags);
void __regex_dfa_free(struct prog *);

#endif
