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
#include <sys/wait.h>
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

/* A frame in which the pipe ends in and out (-1: none) are on 0 and 1:
 * for a pipeline member started with vfork; undone with sh_unredirect. */
void sh_redirect_pipe(int in, int out)
{
	push(-1, -1, 1);
	nframes++;
	if (in >= 0) {
		save_fd(0);
		dup2(in, 0);
	}
	if (out >= 0) {
		save_fd(1);
		dup2(out, 1);
	}
}

void sh_unredirect_to(int depth)
{
	while (nframes > depth)
		sh_unredirect();
}

/* Writers of here-documents larger than a pipe: children the shell does
 * not wait for in the foreground, reaped here once they are done. */
static pid_t *writers;
static int nwriters, capwriters;

static void reap_writers(void)
{
	int i, ws;
	for (i = 0; i < nwriters;)
		if (waitpid(writers[i], &ws, WNOHANG) != 0)
			writers[i] = writers[--nwriters];
		else
			i++;
}

/* Fork a writer for the pipe fds; returns 0 in the child. */
static pid_t fork_writer(int fds[2])
{
	pid_t pid;
	reap_writers();
	sh_flush();
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		signal(SIGPIPE, SIG_DFL);
		return 0;
	}
	if (pid > 0) {
		if (nwriters == capwriters) {
			capwriters = capwriters ? capwriters * 2 : 8;
			writers = sh_xrealloc(writers,
				sizeof *writers * (size_t)capwriters);
		}
		writers[nwriters++] = pid;
	}
	return pid;
}

/* Close both ends, keeping errno for the message; returns -1. */
static int pipe_fail(int fds[2])
{
	int e = errno;
	close(fds[0]);
	close(fds[1]);
	errno = e;
	return -1;
}

/* A pipe whose read end yields the here-document text. */
static int heredoc_fd(const char *body)
{
	int fds[2];
	size_t len = strlen(body);
	if (pipe(fds) < 0)
		return -1;
	/* 4096: what a pipe takes at least (pipe-user-pages-soft) */
	if (len <= 4096) {
		sh_write_all(fds[1], body, len);
	} else {
		pid_t pid = fork_writer(fds);
		if (pid == 0) {
			sh_write_all(fds[1], body, len);
			_exit(0);
		}
		if (pid < 0)
			return pipe_fail(fds);
	}
	close(fds[1]);
	return fds[0];
}

/* Can a writer child expand the body while the reader consumes it?  Only
 * if expanding it changes nothing in the shell and cannot fail: no
 * assignments, no ${x?}, no set -u, and no $(...) or $((...)) (their
 * effects would come after the command started instead of before). */
static int stream_safe(struct part *p)
{
	for (; p; p = p->next) {
		struct word *w;
		if (p->type == P_LIT)
			continue;
		if (p->type != P_PARAM || sh_opt[OPT_u] ||
		    p->u.param.op == PO_ASSIGN || p->u.param.op == PO_ERROR)
			return 0;
		for (w = p->u.param.arg; w; w = w->next)
			if (!stream_safe(w->parts))
				return 0;
	}
	return 1;
}

/* Expand and write the body a part at a time, so memory stays bounded
 * however large it is. */
static void write_parts(struct part *p, int fd)
{
	static char buf[65536];
	size_t n = 0;
	for (; p; p = p->next) {
		sh_mark_t m = sh_tmark();
		const char *s;
		size_t len;
		if (p->type == P_LIT) {
			s = p->u.lit.s;
			len = p->u.lit.n;
		} else {
			struct part one = *p;
			struct word w = {NULL, &one};
			one.next = NULL;
			s = sh_expand_heredoc(&w);
			len = strlen(s);
		}
		if (n + len > sizeof buf) {
			sh_write_all(fd, buf, n);
			n = 0;
		}
		if (len > sizeof buf) {
			sh_write_all(fd, s, len);
		} else {
			memcpy(buf + n, s, len);
			n += len;
		}
		sh_trelease(m);
	}
	sh_write_all(fd, buf, n);
}

/* The writer child of a streamed body. */
static _Noreturn void stream_body(struct part *p, int fd)
{
	struct sh_jmp jmp;
	jmp.prev = sh_handler;
	if (setjmp(jmp.jb))
		_exit(2);	/* never back into the shell's loop */
	sh_handler = &jmp;
	write_parts(p, fd);
	_exit(0);
}

/* The here-document of r: bodies that can be streamed and are larger than
 * a pipe go through a writer that expands them; others are expanded here
 * (with their effects on the shell) and then written. */
static int heredoc_open(struct redir *r)
{
	struct part *p, *parts = r->target ? r->target->parts : NULL;
	size_t lit = 0;
	int fds[2];
	pid_t pid;
	for (p = parts; p; p = p->next)
		if (p->type == P_LIT)
			lit += p->u.lit.n;
	if (lit <= 4096 || !stream_safe(parts))
		return heredoc_fd(r->quoted_here ?
				  sh_expand_str(r->target, 0) :
				  sh_expand_heredoc(r->target));
	if (pipe(fds) < 0)
		return -1;
	pid = fork_writer(fds);
	if (pid == 0)
		stream_body(parts, fds[1]);
	if (pid < 0)
		return pipe_fail(fds);
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
		fd = heredoc_open(r);
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
