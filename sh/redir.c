/* redir.c - redirections.  Saved descriptors live on a stack of frames so
 * that a redirected builtin, function or compound command can be undone,
 * also by the error handler. */
#include "sh.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct saved_fd {
	int fd, copy;		/* copy -1: fd was closed before */
	int frame;		/* 1 on the first entry of a frame */
};
static struct saved_fd *stack;
static int nstack, capstack, nframes;

int sh_redir_depth(void)
{
	return nframes;
}

int sh_move_fd_high(int fd)
{
	int n = fcntl(fd, F_DUPFD_CLOEXEC, 10);
	if (n < 0)
		return fd;
	close(fd);
	return n;
}

static void push(int fd, int copy, int frame)
{
	if (nstack == capstack) {
		capstack = capstack ? capstack * 2 : 16;
		stack = sh_xrealloc(stack, sizeof *stack * (size_t)capstack);
	}
	stack[nstack].fd = fd;
	stack[nstack].copy = copy;
	stack[nstack].frame = frame;
	nstack++;
}

/* The shell's own descriptors (script input, saved copies, the terminal)
 * live at 10 and above; a redirection to one of them moves it first. */
static void relocate(int fd)
{
	int i;
	if (fd < 10)
		return;
	sh_input_fd_relocate(fd);
	sh_jobs_fd_relocate(fd);
	for (i = 0; i < nstack; i++)
		if (stack[i].copy == fd) {
			int n = fcntl(fd, F_DUPFD_CLOEXEC, 10);
			if (n >= 0) {
				close(fd);
				stack[i].copy = n;
			}
		}
}

/* Remember fd before it is replaced in the current frame. */
static void save_fd(int fd)
{
	int i, copy;
	for (i = nstack; i-- > 0;) {
		if (stack[i].fd == fd)
			return;		/* already saved in this frame */
		if (stack[i].frame)
			break;
	}
	copy = fcntl(fd, F_DUPFD_CLOEXEC, 10);
	if (copy < 0 && errno != EBADF)
		sh_error("%d: %s", fd, strerror(errno));
	push(fd, copy, 0);
}

void sh_unredirect(void)
{
	if (!nframes)
		return;
	while (nstack > 0) {
		struct saved_fd *s = &stack[--nstack];
		if (s->fd >= 0) {
			if (s->copy >= 0) {
				dup2(s->copy, s->fd);
				close(s->copy);
			} else {
				close(s->fd);
			}
		}
		if (s->frame)
			break;
	}
	nframes--;
}

void sh_unredirect_to(int depth)
{
	while (nframes > depth)
		sh_unredirect();
}

/* A pipe whose read end yields the here-document text. */
static int heredoc_fd(const char *body)
{
	int fds[2];
	size_t len = strlen(body);
	if (pipe(fds) < 0)
		return -1;
	if (len <= 4096) {
		sh_write_all(fds[1], body, len);
	} else {
		pid_t pid;
		sh_flush();
		pid = fork();
		if (pid == 0) {
			close(fds[0]);
			signal(SIGPIPE, SIG_DFL);
			sh_write_all(fds[1], body, len);
			_exit(0);
		}
	}
	close(fds[1]);
	return fds[0];
}

static int open_target(struct redir *r, const char *name)
{
	int fd = -1;
	switch (r->type) {
	case R_IN:
		fd = open(name, O_RDONLY);
		break;
	case R_OUT:
		if (sh_opt[OPT_C]) {
			struct stat st;
			if (stat(name, &st) == 0 && S_ISREG(st.st_mode)) {
				errno = EEXIST;
				return -2;
			}
			fd = open(name, O_WRONLY | O_CREAT | O_EXCL, 0666);
			if (fd < 0 && errno == EEXIST)
				fd = open(name, O_WRONLY);
			break;
		}
		/* fall through */
	case R_CLOBBER:
		fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0666);
		break;
	case R_APPEND:
		fd = open(name, O_WRONLY | O_CREAT | O_APPEND, 0666);
		break;
	case R_RDWR:
		fd = open(name, O_RDWR | O_CREAT, 0666);
		break;
	}
	return fd;
}

static int apply(struct redir *r, int flags)
{
	int fd, target = r->fd;
	char *name;
	if (r->type == R_HERE) {
		char *body = r->quoted_here ? sh_expand_str(r->target, 0) :
			     sh_expand_heredoc(r->target);
		fd = heredoc_fd(body);
		if (fd < 0) {
			sh_warn("here-document: %s", strerror(errno));
			return -1;
		}
	} else if (r->type == R_DUPIN || r->type == R_DUPOUT) {
		char *end;
		long n;
		name = sh_expand_str(r->target, 0);
		relocate(target);
		if (!strcmp(name, "-")) {
			if (flags & RD_SAVE)
				save_fd(target);
			close(target);
			return 0;
		}
		n = strtol(name, &end, 10);
		if (!*name || *end || n < 0 || n > 1023) {
			sh_warn("%s: bad file descriptor number", name);
			return -1;
		}
		if (n == target)
			return 0;
		if (fcntl((int)n, F_GETFD) < 0) {
			sh_warn("%ld: %s", n, strerror(EBADF));
			return -1;
		}
		if (flags & RD_SAVE)
			save_fd(target);
		dup2((int)n, target);
		return 0;
	} else {
		name = sh_expand_str(r->target, 0);
		fd = open_target(r, name);
		if (fd < 0) {
			if (fd == -2)
				sh_warn("%s: cannot overwrite existing file", name);
			else
				sh_warn("%s: %s", name, strerror(errno));
			return -1;
		}
	}
	if (fd == target)
		return 0;
	if (target >= 10) {
		/* open() may have returned a descriptor that relocating
		 * would need: keep it clear of the move */
		relocate(target);
	}
	if (flags & RD_SAVE)
		save_fd(target);
	if (dup2(fd, target) < 0) {
		int e = errno;
		close(fd);
		sh_warn("%d: %s", target, strerror(e));
		return -1;
	}
	close(fd);
	return 0;
}

/* Apply a list of redirections.  With RD_SAVE a frame is pushed (even for
 * an empty list) and must be popped with sh_unredirect; on failure the
 * frame is already undone and -1 returned. */
int sh_redirect(struct redir *r, int flags)
{
	if (flags & RD_SAVE) {
		push(-1, -1, 1);
		nframes++;
	}
	for (; r; r = r->next) {
		if (apply(r, flags) < 0) {
			if (flags & RD_SAVE)
				sh_unredirect();
			return -1;
		}
	}
	return 0;
}
