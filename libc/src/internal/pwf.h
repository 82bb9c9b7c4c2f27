/* pwf.h: parsing /etc/passwd and /etc/group lines in place. */
#ifndef _PWF_H
#define _PWF_H

#include <pwd.h>
#include <grp.h>
#include <stdio.h>
#include "libc.h"

/* Split line (newline stripped) into the struct's fields, pointing into line.
 * Return 0 on success, -1 for a malformed line (skipped by callers). */
__hidden int __parse_pw(char *line, struct passwd *pw);
/* Members are stored into mem (room for nmem pointers incl. the terminating null);
 * returns the number of member slots needed (parse again with more if larger). */
__hidden int __parse_gr(char *line, struct group *gr, char **mem, size_t nmem);

/* Search the file; the match is kept in the static state of the caller. */
__hidden FILE *__open_db(const char *path);

#endif
