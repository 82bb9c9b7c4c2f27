/* time - run a command and report the time it took
 *
 * APPLET(time, USR_BIN)
 * usage: time [-p | -v | -f FORMAT] [-o FILE [-a]] COMMAND [ARG]...
 *
 * Run COMMAND and write to standard error the real (wall clock), user and system
 * time it took, with the resources it used from wait4(2). The status is COMMAND's
 * (128+N if signal N ended it), 126 if it could not be run, 127 if it was not found.
 *
 * -p         the POSIX format: real, user and sys lines, in seconds (--portability)
 * -v         every figure, one a line, with its name (--verbose)
 * -f FORMAT  a format of its own (--format): %e %E elapsed (seconds, [h:]m:s),
 *            %U %S user and system seconds, %P CPU percentage, %M maximum resident
 *            set (KiB), %F %R major and minor page faults, %c %w involuntary and
 *            voluntary context switches, %I %O file system inputs and outputs,
 *            %W swaps, %k signals, %r %s socket messages in and out, %x exit status,
 *            %C the command, %Z page size, %% a percent sign; \n \t \\ escapes
 * -o FILE    write the report to FILE instead of standard error (--output)
 * -a         with -o, append to FILE (--append)
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"

static const char default_format[] =
	"%Uuser %Ssystem %Eelapsed %PCPU (0avgtext+0avgdata %Mmaxresident)k\n"
	"%Iinputs+%Ooutputs (%Fmajor+%Rminor)pagefaults %Wswaps\n";
static const char posix_format[] = "real %e\nuser %U\nsys %S\n";
static const char verbose_format[] =
	"\tCommand being timed: \"%C\"\n"
	"\tUser time (seconds): %U\n"
	"\tSystem time (seconds): %S\n"
	"\tPercent of CPU this job got: %P\n"
	"\tElapsed (wall clock) time (h:mm:ss or m:ss): %E\n"
	"\tAverage shared text size (kbytes): 0\n"
	"\tAverage unshared data size (kbytes): 0\n"
	"\tAverage stack size (kbytes): 0\n"
	"\tAverage total size (kbytes): 0\n"
	"\tMaximum resident set size (kbytes): %M\n"
	"\tAverage resident set size (kbytes): 0\n"
	"\tMajor (requiring I/O) page faults: %F\n"
	"\tMinor (reclaiming a frame) page faults: %R\n"
	"\tVoluntary context switches: %w\n"
	"\tInvoluntary context switches: %c\n"
	"\tSwaps: %W\n"
	"\tFile system inputs: %I\n"
	"\tFile system outputs: %O\n"
	"\tSocket messages sent: %s\n"
	"\tSocket messages received: %r\n"
	"\tSignals delivered: %k\n"
	"\tPage size (bytes): %Z\n"
	"\tExit status: %x\n";

static double tv(struct timeval t)
{
	return (double)t.tv_sec + (double)t.tv_usec / 1e6;
}

static void report(FILE *f, const char *fmt, char **cmd, int status, double real,
		   const struct rusage *ru)
{
	double user = tv(ru->ru_utime), sys = tv(ru->ru_stime);
	for (const char *p = fmt; *p; p++) {
		if (*p == '\\' && p[1]) {
			p++;
			if (*p == 'n')
				fputc('\n', f);
			else if (*p == 't')
				fputc('\t', f);
			else if (*p == '\\')
				fputc('\\', f);
			else
				fprintf(f, "\\%c", *p);
			continue;
		}
		if (*p != '%' || !p[1]) {
			fputc(*p, f);
			continue;
		}
		switch (*++p) {
		case '%': fputc('%', f); break;
		case 'e': fprintf(f, "%.2f", real); break;
		case 'E': {
			long cs = (long)(real * 100 + 0.5), s = cs / 100;
			if (s >= 3600)
				fprintf(f, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
			else
				fprintf(f, "%ld:%02ld.%02ld", s / 60, s % 60, cs % 100);
			break;
		}
		case 'U': fprintf(f, "%.2f", user); break;
		case 'S': fprintf(f, "%.2f", sys); break;
		case 'P':
			if (real > 0)
				fprintf(f, "%.0f%%", (user + sys) * 100 / real);
			else
				fputs("?%", f);
			break;
		case 'M': fprintf(f, "%ld", ru->ru_maxrss); break;
		case 'F': fprintf(f, "%ld", ru->ru_majflt); break;
		case 'R': fprintf(f, "%ld", ru->ru_minflt); break;
		case 'c': fprintf(f, "%ld", ru->ru_nivcsw); break;
		case 'w': fprintf(f, "%ld", ru->ru_nvcsw); break;
		case 'I': fprintf(f, "%ld", ru->ru_inblock); break;
		case 'O': fprintf(f, "%ld", ru->ru_oublock); break;
		case 'W': fprintf(f, "%ld", ru->ru_nswap); break;
		case 'k': fprintf(f, "%ld", ru->ru_nsignals); break;
		case 'r': fprintf(f, "%ld", ru->ru_msgrcv); break;
		case 's': fprintf(f, "%ld", ru->ru_msgsnd); break;
		case 'x':
			fprintf(f, "%d", WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
			break;
		case 'Z': fprintf(f, "%ld", sysconf(_SC_PAGESIZE)); break;
		case 'C':
			for (char **a = cmd; *a; a++)
				fprintf(f, "%s%s", a == cmd ? "" : " ", *a);
			break;
		case 'D': case 'K': case 'p': case 't': case 'X':
			fputc('0', f);	/* Linux does not keep these */
			break;
		default:
			fprintf(f, "?%c", *p);
			break;
		}
	}
}

int time_main(int argc, char **argv)
{
	const char *fmt = default_format, *outname = 0;
	int append = 0, notes = 1;
	struct opt o = OPT_INIT(argc, argv, "+p(portability)v(verbose)f(format):o(output):a(append)");
	int c;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'p': fmt = posix_format; notes = 0; break;
		case 'v': fmt = verbose_format; notes = 1; break;
		case 'f': fmt = o.arg; notes = 0; break;
		case 'o': outname = o.arg; break;
		case 'a': append = 1; break;
		default: return usage();
		}
	char **cmd = argv + o.ind;
	if (!*cmd) {
		warn_msg("missing command");
		return usage();
	}
	FILE *out = stderr;
	if (outname) {
		out = fopen(outname, append ? "ae" : "we");
		if (!out) {
			warn_errno("%s", outname);
			return 1;
		}
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid_t pid = fork();
	if (pid < 0) {
		warn_errno("fork");
		return 125;
	}
	if (!pid) {
		if (out != stderr)
			fclose(out);
		execvp(cmd[0], cmd);
		int e = errno;
		warn_errno("%s", cmd[0]);
		_exit(e == ENOENT || e == ENOTDIR ? 127 : 126);
	}
	/* the report must come even when the user interrupts the command */
	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	int status;
	struct rusage ru;
	while (wait4(pid, &status, 0, &ru) < 0)
		if (errno != EINTR) {
			warn_errno("wait");
			return 125;
		}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double real = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	if (notes && WIFSIGNALED(status))
		fprintf(out, "Command terminated by signal %d\n", WTERMSIG(status));
	else if (notes && WEXITSTATUS(status))
		fprintf(out, "Command exited with non-zero status %d\n", WEXITSTATUS(status));
	report(out, fmt, cmd, status, real, &ru);
	if (fmt != posix_format && fmt != default_format && fmt != verbose_format)
		fputc('\n', out);
	if (out != stderr && fclose(out)) {
		warn_errno("%s", outname);
		return 1;
	}
	fflush(stderr);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
