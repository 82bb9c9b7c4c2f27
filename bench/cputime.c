/* cputime: run a command N times (stdin, stdout redirected by the caller) and print
 * the median CPU time (user+sys of the child, seconds) and the peak RSS in KiB.
 *   cputime N IN OUT CMD [ARG...]   IN/OUT are file names ("-" keeps the caller's);
 *   OUT "|" sends the output into a pipe drained by a process that is not measured.
 * A run that takes longer than $BENCH_TIMEOUT seconds of wall time (default 300) is
 * killed and counts as a failure, so one hung tool cannot stall the whole table. */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static pid_t child;

static void on_alarm(int sig)
{
	(void)sig;
	if (child > 0)
		kill(child, SIGKILL);
}

static void redirect(const char *name, int fd, int flags)
{
	if (name[0] == '-' && !name[1])
		return;
	int f = open(name, flags, 0644);
	if (f < 0 || dup2(f, fd) < 0) {
		perror(name);
		_exit(126);
	}
	close(f);
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		fputs("usage: cputime N IN OUT CMD [ARG...]\n", stderr);
		return 2;
	}
	int n = atoi(argv[1]);
	double *t = calloc(n > 0 ? n : 1, sizeof *t);
	long maxrss = 0;
	int piped = argv[3][0] == '|' && !argv[3][1];
	const char *to = getenv("BENCH_TIMEOUT");
	unsigned limit = to && atoi(to) > 0 ? (unsigned)atoi(to) : 300;
	signal(SIGALRM, on_alarm);
	for (int i = 0; i < n; i++) {
		int p[2] = { -1, -1 };
		pid_t drain = -1;
		if (piped) {
			if (pipe(p) || (drain = fork()) < 0) {
				perror("cputime");
				return 1;
			}
			if (drain == 0) {
				static char buf[1 << 16];
				close(p[1]);
				while (read(p[0], buf, sizeof buf) > 0)
					;
				_exit(0);
			}
		}
		pid_t pid = fork();
		if (pid == 0) {
			redirect(argv[2], 0, O_RDONLY);
			if (piped) {
				dup2(p[1], 1);
				close(p[0]);
				close(p[1]);
			} else {
				redirect(argv[3], 1, O_WRONLY | O_CREAT | O_TRUNC);
			}
			execvp(argv[4], argv + 4);
			perror(argv[4]);
			_exit(127);
		}
		int status;
		struct rusage ru;
		child = pid;
		alarm(limit);
		if (piped) {
			close(p[0]);
			close(p[1]);
		}
		if (pid < 0 || wait4(pid, &status, 0, &ru) < 0) {
			perror("cputime");
			return 1;
		}
		alarm(0);
		child = 0;
		if (piped)
			waitpid(drain, 0, 0);
		if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
			fprintf(stderr, "cputime: %s: failed (status %d)\n", argv[4], status);
			return 1;
		}
		t[i] = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
		       ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
		if (ru.ru_maxrss > maxrss)
			maxrss = ru.ru_maxrss;
	}
	qsort(t, n, sizeof *t, cmp);
	printf("%.4f %ld\n", t[n / 2], maxrss);
	return 0;
}
