/* fmt_args.h: numbered arguments (POSIX %n$ and *m$) for the printf and scanf engines,
 * byte and wide. va_arg fetches only in order and by type, so a format that numbers its
 * arguments is read through first and every argument fetched into an array before the
 * engine starts. One reader serves char and wchar_t formats: the directives are ASCII
 * either way. */
#ifndef _FMT_ARGS_H
#define _FMT_ARGS_H

#include <stdarg.h>
#include <stddef.h>
#include "libc.h"

/* Length modifiers, as both printf engines number them. */
enum { L_NONE, L_HH, L_H, L_L, L_LL, L_J, L_Z, L_T, L_LD };

/* One fetched printf argument: every integer from l to t is long-sized (LP64), char
 * and short arrive promoted to int. */
union __fmt_arg {
	int i;
	long l;
	void *p;
	double d;
	long double ld;
};

/* The n of an "n$" at fmt[*i] (1 to NL_ARGMAX), *i then moved past the '$'; 0 when
 * there is none there, -1 when the number is out of range. wide: fmt is wchar_t. */
__hidden int __fmt_argnum(const void *fmt, int wide, size_t *i);

/* printf: reads the whole format, which must number every argument it takes, and
 * fetches them all from ap into args (NL_ARGMAX of them). 0, or -1 with errno EINVAL
 * for a conversion without a number, one out of range, an argument never used below
 * the highest one used (its type is unknown), or one used as two types. */
__hidden int __printf_args(const void *fmt, int wide, union __fmt_arg *args, va_list *ap);

/* scanf: every numbered argument is a pointer. From fmt[i] on (just past the first
 * numbered conversion, whose number is first), fetches the highest number used of
 * them into args. -1 when a conversion that assigns has no number, or one is out of
 * range: mixing is undefined, and refused. */
__hidden int __scanf_args(const void *fmt, int wide, size_t i, int first, void **args,
			  va_list *ap);

#endif
