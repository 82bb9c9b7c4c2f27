/* pgrep, pkill - find or signal processes by name and other attributes
 *
 * APPLET(pgrep, USR_BIN)
 * APPLET(pkill, USR_BIN, pgrep_main)
 * usage: pgrep [-flavxnoci] [-d DELIM] [-u EUIDS] [-U UIDS] [-G GIDS] [-P PPIDS] [-g PGRPS] [-s SIDS] [-t TTYS] [-r STATES] [-F PIDFILE] [PATTERN]
 *        pkill [-SIGNAL | --signal SIGNAL] [-faxnoevi] [...same selection...] [PATTERN]
 *
 * pgrep lists the ids of the processes whose name matches PATTERN, an extended
 * regular expression, and that meet every other criterion given; pkill sends them
 * SIGNAL (TERM by default). Neither ever takes itself. LISTs are separated by commas.
 * Status 0 if a process matched, 1 if none did, 2 on a usage error, 3 on a fatal one.
 *
 * -f        match PATTERN against the whole command line, not just the name (--full)
 * -x        PATTERN must match the whole name (or command line) (--exact)
 * -i        ignore case (--ignore-case)
 * -v        take the processes that do not match (--inverse)
 * -n, -o    take only the newest (--newest) or the oldest (--oldest) one
 * -l        pgrep: show the name after the id (--list-name)
 * -a        pgrep: show the full command line after the id (--list-full)
 * -c        print the number of processes taken instead (--count)
 * -d DELIM  pgrep: separate the ids with DELIM, newline by default (--delimiter)
 * -e        pkill: tell what was killed (--echo)
 * -u LIST   effective user names or ids (--euid); -U real users (--uid)
 * -G LIST   real group names or ids (--group)
 * -P LIST   parent process ids (--parent)
 * -g LIST   process group ids, 0 for pgrep's own (--pgroup)
 * -s LIST   session ids, 0 for pgrep's own (--session)
 * -t LIST   terminals, like pts/1 or tty2 (--terminal)
 * -r LIST   states, like R,S,D (--runstates)
 * -F FILE   only the process whose id FILE holds (--pidfile)
 */
#include <errno.h>
#include <regex.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

struct ulist {
	unsigned *v;
	size_t n;
	int set;
};

static int in(const struct ulist *l, unsigned v)
{
	if (!l->set)
		return 1;
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i] == v)
			return 1;
	return 0;
}

enum { EUID, RUID, RGID, PPID, PGRP, SID, TTY, PIDF, NLISTS };

/* Parses a comma list into l; kind says how a name is turned into a number. */
static int parse_list(struct ulist *l, int kind, const char *arg)
{
	char *copy = xstrdup(arg), *save = 0;
	int ret = 0;
	l->set = 1;
	if (!*arg)
		ret = -1;
	for (char *t = strtok_r(copy, ",", &save); t && !ret; t = strtok_r(0, ",", &save)) {
		unsigned v = 0;
		if (kind == EUID || kind == RUID) {
			uid_t u;
			if (proc_parse_user(t, &u)) {
				warn_msg("'%s': invalid user name", t);
				ret = -1;
			}
			v = (unsigned)u;
		} else if (kind == RGID) {
			gid_t g;
			if (proc_parse_group(t, &g)) {
				warn_msg("'%s': invalid group name", t);
				ret = -1;
			}
			v = (unsigned)g;
		} else if (kind == TTY) {
			if (proc_tty_parse(t, &v)) {
				warn_msg("'%s': invalid terminal", t);
				ret = -1;
			}
		} else {
			char *end;
			errno = 0;
			long n = strtol(t, &end, 10);
			if (!*t || *end || errno || n < 0 || n > 0x7fffffff) {
				warn_msg("'%s': invalid number", t);
				ret = -1;
			}
			if (!n && kind == PGRP)
				n = getpgrp();
			else if (!n && kind == SID)
				n = getsid(0);
			v = (unsigned)n;
		}
		l->v = xrealloc(l->v, (l->n + 1) * sizeof *l->v);
		l->v[l->n++] = v;
	}
	free(copy);
	return ret;
}

static int read_pidfile(struct ulist *l, const char *name)
{
	char *buf = proc_slurp(name, 0);
	if (!buf) {
		warn_errno("%s", name);
		return -1;
	}
	char *end;
	long n = strtol(buf, &end, 10);
	int bad = end == buf || n <= 0 || (*end && *end != '\n');
	free(buf);
	if (bad) {
		warn_msg("%s: invalid process id", name);
		return -1;
	}
	l->set = 1;
	l->v = xrealloc(l->v, (l->n + 1) * sizeof *l->v);
	l->v[l->n++] = (unsigned)n;
	return 0;
}

int pgrep_main(int argc, char **argv)
{
	int kill_mode = !strcmp(applet_name, "pkill");
	int full = 0, list_name = 0, list_full = 0, exact = 0, newest = 0, oldest = 0,
	    inverse = 0, count = 0, echo = 0, icase = 0, sig = SIGTERM;
	const char *delim = "\n", *states = 0;
	struct ulist lists[NLISTS];
	memset(lists, 0, sizeof lists);

	/* pkill -SIGNAL, only as the first argument, as procps takes it */
	if (kill_mode && argc > 1 && argv[1][0] == '-' && argv[1][1] && argv[1][1] != '-') {
		int s = sig_number(argv[1] + 1);
		if (s >= 0) {
			sig = s;
			argv[1] = argv[0];
			argv++;
			argc--;
		}
	}
	struct opt o = OPT_INIT(argc, argv,
		"f(full)l(list-name)a(list-full)x(exact)n(newest)o(oldest)v(inverse)c(count)"
		"d(delimiter):u(euid):U(uid):G(group):P(parent):g(pgroup):s(session):"
		"t(terminal):r(runstates):F(pidfile):i(ignore-case)e(echo)\001(signal):");
	int c;
	while ((c = opt_next(&o)) != -1) {
		int bad = 0;
		switch (c) {
		case 'f': full = 1; break;
		case 'l': list_name = !kill_mode; bad = kill_mode; break;
		case 'a': list_full = !kill_mode; bad = kill_mode; break;
		case 'x': exact = 1; break;
		case 'n': newest = 1; break;
		case 'o': oldest = 1; break;
		case 'v': inverse = 1; break;
		case 'c': count = 1; break;
		case 'd': delim = o.arg; bad = kill_mode; break;
		case 'e': echo = 1; bad = !kill_mode; break;
		case 'i': icase = 1; break;
		case 'r': states = o.arg; break;
		case 'u': bad = parse_list(&lists[EUID], EUID, o.arg); break;
		case 'U': bad = parse_list(&lists[RUID], RUID, o.arg); break;
		case 'G': bad = parse_list(&lists[RGID], RGID, o.arg); break;
		case 'P': bad = parse_list(&lists[PPID], PPID, o.arg); break;
		case 'g': bad = parse_list(&lists[PGRP], PGRP, o.arg); break;
		case 's': bad = parse_list(&lists[SID], SID, o.arg); break;
		case 't': bad = parse_list(&lists[TTY], TTY, o.arg); break;
		case 'F':
			if (read_pidfile(&lists[PIDF], o.arg))
				return 3;
			break;
		case 1:
			if ((sig = sig_number(o.arg)) < 0 || !kill_mode) {
				warn_msg("'%s': invalid signal", o.arg);
				return 2;
			}
			break;
		default: bad = 1; break;
		}
		if (bad) {
			usage();
			return 2;
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (argc > 1) {
		warn_msg("only one pattern can be provided");
		usage();
		return 2;
	}
	if (newest && oldest) {
		warn_msg("-n and -o cannot be used together");
		return 2;
	}
	int any = argc == 1 || states;
	for (int i = 0; i < NLISTS; i++)
		any |= lists[i].set;
	if (!any) {
		warn_msg("no matching criteria specified");
		usage();
		return 2;
	}
	regex_t re;
	if (argc == 1) {
		char *pat = argv[0];
		if (exact) {
			size_t n = strlen(argv[0]);
			pat = xmalloc(n + 5);
			snprintf(pat, n + 5, "^(%s)$", argv[0]);
		}
		int e = regcomp(&re, pat, REG_EXTENDED | REG_NOSUB | (icase ? REG_ICASE : 0));
		if (e) {
			char msg[256];
			regerror(e, &re, msg, sizeof msg);
			warn_msg("'%s': %s", argv[0], msg);
			return 2;
		}
		if (pat != argv[0])
			free(pat);
	}

	size_t n;
	pid_t *pids = proc_pids(&n);
	if (!pids) {
		warn_errno("/proc");
		return 3;
	}
	pid_t self = getpid();
	struct proc *hits = xmalloc((n ? n : 1) * sizeof *hits);
	size_t nhits = 0;
	int need_cmd = full || list_full;
	for (size_t i = 0; i < n; i++) {
		struct proc *p = &hits[nhits];
		if (pids[i] == self || proc_read(pids[i], p, PROC_STATUS | (need_cmd ? PROC_CMDLINE : 0)))
			continue;
		int ok = in(&lists[EUID], p->euid) && in(&lists[RUID], p->ruid)
			&& in(&lists[RGID], p->rgid) && in(&lists[PPID], (unsigned)p->ppid)
			&& in(&lists[PGRP], (unsigned)p->pgid) && in(&lists[SID], (unsigned)p->sid)
			&& in(&lists[TTY], p->tty) && in(&lists[PIDF], (unsigned)p->pid)
			&& (!states || strchr(states, p->state));
		if (ok && argc == 1) {
			const char *subject = full && p->cmdlen ? p->cmdline : p->comm;
			ok = !regexec(&re, subject, 0, 0, 0);
		}
		if (inverse)
			ok = !ok;
		if (!ok) {
			proc_free(p);
			continue;
		}
		nhits++;
	}
	free(pids);
	if ((newest || oldest) && nhits > 1) {
		size_t best = 0;
		for (size_t i = 1; i < nhits; i++) {
			int later = hits[i].start > hits[best].start
				|| (hits[i].start == hits[best].start && hits[i].pid > hits[best].pid);
			if (newest ? later : !later && hits[i].start < hits[best].start)
				best = i;
		}
		for (size_t i = 0; i < nhits; i++)
			if (i != best)
				proc_free(&hits[i]);
		hits[0] = hits[best];
		nhits = 1;
	}

	size_t taken = 0;
	for (size_t i = 0; i < nhits; i++) {
		struct proc *p = &hits[i];
		if (kill_mode) {
			if (kill(p->pid, sig)) {
				if (errno != ESRCH)
					warn_errno("killing pid %d failed", (int)p->pid);
			} else {
				taken++;
				if (echo)
					printf("%s killed (pid %d)\n", p->comm, (int)p->pid);
			}
		} else {
			taken++;
			if (count)
				continue;
			if (i)
				fputs(delim, stdout);
			if (list_full && p->cmdlen)
				printf("%d %s", (int)p->pid, p->cmdline);
			else if (list_name || list_full)
				printf("%d %s", (int)p->pid, p->comm);
			else
				printf("%d", (int)p->pid);
		}
		proc_free(p);
	}
	if (!kill_mode && !count && nhits)
		putchar('\n');
	if (count)
		printf("%zu\n", taken);
	free(hits);
	if (argc == 1)
		regfree(&re);
	return taken ? 0 : 1;
}
