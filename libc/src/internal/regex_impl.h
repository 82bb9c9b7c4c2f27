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
};

struct inst {
	unsigned char op, c;
	int x, y;	/* jump targets; save slot, class or group number in x */
};

struct prog {
	struct inst *code;
	int n;
	unsigned char (*cls)[32];	/* 256-bit sets */
	int ncls;
	int nsub;
	int cflags;
	int has_bref;
};

#endif
