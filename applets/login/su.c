/* su - run a shell as another user
 *
 * APPLET(su, BIN)
 * usage: su [-] [-l] [-m | -p] [-c CMD] [-s SHELL] [USER [ARG...]]
 *
 * Start USER's shell (default user root) with USER's uid, gid and groups. Root needs
 * no password; anyone else must give USER's password (FAIL_DELAY seconds, from
 * /etc/login.defs, default 3, pass after a wrong one). HOME and SHELL are set, and
 * USER and LOGNAME, unless -m. ARGs go to the shell. Callers other than root get
 * -s and -m's $SHELL only when USER's login shell is in /etc/shells.
 *
 * -, -l, --login    a login shell: clean environment (TERM kept), PATH reset,
 *                   start in USER's home
 * -m, -p            keep the environment, $SHELL included
 * -c, --command=CMD run CMD with the shell's -c
 * -s, --shell=SHELL run SHELL instead of USER's login shell
 */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

/* Is shell listed in /etc/shells? (A missing file means the usual /bin/sh list.) */
static int listed_shell(const char *shell)
{
	char *s;
	int found = 0;
	setusershell();
	while (!found && (s = getusershell()))
		found = !strcmp(s, shell);
	endusershell();
	return found;
}

int su_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "l(login)mpc(command):s(shell):");
	const char *cmd = 0, *shell = 0;
	int login = 0, keep = 0, c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'l': login = 1; break;
		case 'm': case 'p': keep = 1; break;
		case 'c': cmd = o.arg; break;
		case 's': shell = o.arg; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	/* "-" (an operand to the option parser) is the old spelling of -l. */
	if (argc && !strcmp(argv[0], "-")) {
		login = 1;
		argc--;
		argv++;
	}
	const char *name = argc ? argv[0] : "root";
	if (argc) {
		argc--;
		argv++;
	}
	uid_t me = getuid();
	struct passwd *p = getpwnam(name);
	if (!p)
		die("user %s does not exist", name);
	struct passwd pw = *p;
	pw.pw_name = xstrdup(p->pw_name);
	pw.pw_dir = xstrdup(*p->pw_dir ? p->pw_dir : "/");
	pw.pw_shell = xstrdup(*p->pw_shell ? p->pw_shell : "/bin/sh");
	int expired;
	const char *hash = pw_account_hash(pw.pw_name, p->pw_passwd, &expired);
	if (me != 0) {
		if (expired)
			die("account %s has expired", name);
		/* An empty hash needs no password, as at login. */
		if (*hash) {
			char *h = xstrdup(hash), *pass = pw_ask("Password: ");
			int ok = pass && pw_verify(pass, h);
			if (h[0] == '!' || h[0] == '*')
				pw_burn(h);	/* a locked account takes a check's time too */
			pw_free(pass);
			free(h);
			if (!ok) {
				long delay = login_def_num(0, "FAIL_DELAY", 3);
				if (delay > 0)
					sleep((unsigned)delay);
				die("Authentication failure");
			}
		}
	}
	const char *envshell = keep ? getenv("SHELL") : 0;
	if (!shell && envshell && *envshell)
		shell = envshell;
	if (shell && me != 0 && !listed_shell(pw.pw_shell)) {
		warn_msg("using restricted shell %s", pw.pw_shell);
		shell = 0;
	}
	if (!shell)
		shell = pw.pw_shell;
	char *sh = xstrdup(shell);

	if (initgroups(pw.pw_name, pw.pw_gid) < 0)
		die_errno("initgroups");
	if (setgid(pw.pw_gid) < 0)
		die_errno("setgid");
	if (setuid(pw.pw_uid) < 0)
		die_errno("setuid");
	if (login) {
		const char *term = getenv("TERM");
		char *t = term ? xstrdup(term) : 0;
		clearenv();
		if (t)
			setenv("TERM", t, 1);
		free(t);
		char *path = login_def(0, pw.pw_uid ? "ENV_PATH" : "ENV_SUPATH");
		const char *v = path && !strncmp(path, "PATH=", 5) ? path + 5 : path;
		setenv("PATH", v ? v : pw.pw_uid ? "/usr/local/bin:/usr/bin:/bin" :
			"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", 1);
		free(path);
	}
	if (login || !keep) {
		setenv("HOME", pw.pw_dir, 1);
		setenv("SHELL", sh, 1);
		setenv("USER", pw.pw_name, 1);
		setenv("LOGNAME", pw.pw_name, 1);
	}
	if (login && chdir(pw.pw_dir) < 0) {
		warn_errno("warning: cannot change directory to %s", pw.pw_dir);
		if (chdir("/") < 0)
			die_errno("/");
	}

	/* argv[0]: "-sh" for a login shell, else the shell's name. */
	const char *base = strrchr(sh, '/');
	base = base ? base + 1 : sh;
	char **args = xmalloc((argc + 4) * sizeof *args), *arg0 = xmalloc(strlen(base) + 2);
	int n = 0;
	sprintf(arg0, "%s%s", login ? "-" : "", base);
	args[n++] = arg0;
	if (cmd) {
		args[n++] = "-c";
		args[n++] = (char *)cmd;
	}
	for (int i = 0; i < argc; i++)
		args[n++] = argv[i];
	args[n] = 0;
	execv(sh, args);
	die_errno("%s", sh);
}
