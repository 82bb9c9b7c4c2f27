/* File modes the chmod way: octal ("755") or symbolic ("u+x,go-w,a=rX,g=u"). */
#include <sys/stat.h>
#include "ring3.h"

#define ALLBITS 07777u

static int parse_octal(const char *s, mode_t old, int is_dir, mode_t *out)
{
	unsigned v = 0;
	const char *p = s;
	for (; *p >= '0' && *p <= '7'; p++) {
		v = v * 8 + (unsigned)(*p - '0');
		if (v > ALLBITS)
			return -1;
	}
	if (*p)
		return -1;
	/* like GNU: a short octal mode leaves a directory's set-id bits alone */
	if (is_dir && p - s < 5)
		v |= old & (S_ISUID | S_ISGID);
	*out = (old & ~(mode_t)ALLBITS) | v;
	return 0;
}

int mode_parse(const char *s, mode_t old, int is_dir, mode_t umask_bits, mode_t *out)
{
	if (!*s)
		return -1;
	if (*s >= '0' && *s <= '7')
		return parse_octal(s, old, is_dir, out);
	mode_t cur = old & ALLBITS, orig = cur;
	const char *p = s;
	for (;;) {
		mode_t who = 0;
		for (;; p++) {
			if (*p == 'u')
				who |= S_ISUID | S_IRWXU;
			else if (*p == 'g')
				who |= S_ISGID | S_IRWXG;
			else if (*p == 'o')
				who |= S_ISVTX | S_IRWXO;	/* like GNU: o+t sets the sticky bit */
			else if (*p == 'a')
				who |= S_ISUID | S_ISGID | S_ISVTX | S_IRWXU | S_IRWXG | S_IRWXO;
			else
				break;
		}
		int masked = !who;
		if (!who)
			who = ALLBITS;
		if (*p != '+' && *p != '-' && *p != '=')
			return -1;
		while (*p == '+' || *p == '-' || *p == '=') {
			int op = *p++;
			mode_t perm = 0;
			if (*p == 'u' || *p == 'g' || *p == 'o') {
				/* copy another class's bits: g=u */
				mode_t r = *p == 'u' ? (cur >> 6) & 7 : *p == 'g' ? (cur >> 3) & 7 : cur & 7;
				perm = r << 6 | r << 3 | r;
				p++;
			} else {
				for (;; p++) {
					if (*p == 'r')
						perm |= S_IRUSR | S_IRGRP | S_IROTH;
					else if (*p == 'w')
						perm |= S_IWUSR | S_IWGRP | S_IWOTH;
					else if (*p == 'x')
						perm |= S_IXUSR | S_IXGRP | S_IXOTH;
					else if (*p == 'X') {
						if (is_dir || (orig & (S_IXUSR | S_IXGRP | S_IXOTH)))
							perm |= S_IXUSR | S_IXGRP | S_IXOTH;
					} else if (*p == 's')
						perm |= S_ISUID | S_ISGID;
					else if (*p == 't')
						perm |= S_ISVTX;
					else
						break;
				}
			}
			mode_t eff = who;
			if (masked)
				eff &= ~umask_bits;
			perm &= who;
			if (masked)
				perm &= ~umask_bits;
			if (op == '+')
				cur |= perm;
			else if (op == '-')
				cur &= ~perm;
			else {
				/* '=' clears the class; a directory keeps set-id bits unless named */
				mode_t clear = eff;
				if (is_dir)
					clear &= ~((S_ISUID | S_ISGID) & ~perm);
				cur = (cur & ~clear) | perm;
			}
		}
		if (!*p)
			break;
		if (*p++ != ',')
			return -1;
	}
	*out = (old & ~(mode_t)ALLBITS) | cur;
	return 0;
}
