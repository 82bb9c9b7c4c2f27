/* ring3.h: helpers shared by applets, the shell and init (see lib/README.md). */
#ifndef RING3_H
#define RING3_H

#include <stddef.h>
#include <sys/types.h>

/* Set by the dispatcher before an applet runs. */
extern const char *applet_name;
extern const char *applet_help;

/* err.c: messages are "applet: text" on stderr; the _errno forms append strerror(errno). */
void warn_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warn_errno(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void die_errno(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print the usage line to stderr; returns the status to exit with. */
int usage(void);
/* Print the whole help text to stdout; returns 0 or 1 on a write error. */
int print_help(void);

/* opt.c: getopt-like option parsing, identical in every build. */
struct opt {
	int argc, ind;
	char **argv;
	const char *spec;
	const char *arg;	/* argument of the option just returned */
	int opt;		/* the option character just returned */
	int pos;		/* position inside a cluster like -abc */
	int nops;		/* operands moved aside while permuting */
};
#define OPT_INIT(argc, argv, spec) { (argc), 1, (argv), (spec), 0, 0, 0, 0 }
int opt_next(struct opt *o);

/* io.c */
ssize_t safe_read(int fd, void *buf, size_t len);
ssize_t full_write(int fd, const void *buf, size_t len);
int write_str(int fd, const char *s);
/* Copies in to out until end of file using the kernel's zero-copy paths where
 * possible. Returns 0, or -1 with errno set; *failed_fd tells which side failed. */
int copy_fd(int in, int out, int *failed_fd);
/* Opens name for reading, "-" meaning standard input; warns and returns -1 on error. */
int open_input(const char *name);

/* inproc.c: is_this_binary(path): path is the running multi-call binary, executable
 * as execve would check, without set-id bits. run_applet_here(path, argv, envp): in a
 * forked child, make it look as execve(path, argv, envp) would have (/proc's cmdline,
 * environ and comm; environ; the program name) and exit with the applet's status; returns -1
 * when it cannot (then execve). The caller's state must be a fresh process's (see the
 * file). */
int is_this_binary(const char *path);
int run_applet_here(const char *path, char *const argv[], char *const envp[]);

/* inetsum.c: the Internet checksum (RFC 1071) of len bytes, in network byte order, for
 * an IP, ICMP or UDP header; sum carries a partial sum in (a pseudo-header's), else 0. */
unsigned short inet_csum(const void *data, size_t len, unsigned sum);
/* pathbuf.c: the path a tree walk is at. path_push appends "/" (unless the path is
 * empty or ends in one) and name, and returns the length to give path_pop to take it
 * off again. Start with len 0. */
struct pathbuf {
	char *s;
	size_t len, cap;
};
size_t path_push(struct pathbuf *p, const char *name);
void path_pop(struct pathbuf *p, size_t old);
/* catin.c: the operands (none: standard input) read as one stream, as od and hexdump
 * read them. catin_read fills buf with n bytes, fewer only at the end; a file that does
 * not open or read is warned about and sets status. catin_skip passes over n bytes,
 * seeking where it can, and returns how many were left when the input ended. */
struct catin {
	char **files;
	int nfiles, cur, fd, status;
};
void catin_init(struct catin *c, int argc, char **argv);
size_t catin_read(struct catin *c, void *buf, size_t n);
unsigned long long catin_skip(struct catin *c, unsigned long long n);
/* memcount.c: how many bytes of buf[0..n) are c (vectorised; for counting lines). */
size_t mem_count(const void *buf, int c, size_t n);

/* pagebuf.c: xmalloc_page(n) is xmalloc for I/O buffers: page-aligned, free() frees. */
void *xmalloc_page(size_t n);

/* headtail.c: shared by head and tail. ht_out writes to stdout; after a failed write
 * (warned unless EPIPE) ht_write_failed is set and it writes nothing more, returning -1.
 * ht_header prints "==> NAME <==" ("standard input" for -), after a blank line unless
 * first. ht_count reads [+-]N with parse_size's suffixes, *sign '+', '-' or 0.
 * ht_skip passes over up to *n lines ending in eol (bytes with by_bytes) at the start
 * of buf, takes them off *n and returns the offset just past them. */
extern int ht_write_failed;
int ht_out(const void *p, size_t n);
void ht_header(const char *name, int first);
int ht_count(const char *s, int *sign, unsigned long long *n, const char *what);
size_t ht_skip(const char *buf, size_t len, unsigned long long *n, int by_bytes, int eol);

/* xalloc.c: allocation that dies with a message instead of returning NULL. */
void *xmalloc(size_t n);
void *xzalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* mode.c: an octal or symbolic (chmod) mode applied to old; X looks at is_dir and old's
 * execute bits; umask_bits limit symbolic changes that name no class (u, g, o, a).
 * Returns 0 and the new mode in *out, or -1 if the mode is invalid. */
int mode_parse(const char *s, mode_t old, int is_dir, mode_t umask_bits, mode_t *out);

/* human.c: n bytes as GNU -h prints them ("512", "1.5K", "12K", "1.1M"); returns buf. */
char *human_size(char *buf, size_t len, unsigned long long n);

/* base64.c: encode n bytes of in as base64 into out (4 * ((n + 2) / 3) + 1 bytes);
 * returns the length. */
size_t base64_encode(char *out, const void *in, size_t n);

/* escape.c: *s points just past a backslash. Returns the byte the escape stands for
 * (\a \b \e \f \n \r \t \v \\ \xHH \NNN; with zero_octal, \0NNN as echo and %b
 * read it) and moves *s past it, -1 for \c, or '\\' for an unknown escape (*s stays). */
int escape_char(const char **s, int zero_octal);

/* pformat.c: printf's formatting, for the printf applet and the shell's builtin:
 * writes format with its conversions (see the applet's help) fed from the nargs args,
 * reusing it while they last, and returns the exit status. out writes bytes, warn
 * reports "ARG: reason" (the caller adds its prefix), grow is realloc that never
 * returns NULL. shell: as dash and bash, %c of "" writes nothing and excess
 * arguments are not warned about (GNU printf: a NUL, and a warning). */
struct pformat {
	void (*out)(const char *s, size_t n);
	void (*warn)(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
	void *(*grow)(void *p, size_t n);
	int shell;
	char **args;		/* the rest are pformat's own */
	int nargs, status, stop;
};
int pformat(struct pformat *p, const char *format, char **args, int nargs);

/* size.c: a decimal count with an optional GNU suffix (b 512, kB 1000, K KiB 1024, MB,
 * M MiB, G, T, P, E, ...); returns 0 and the value in *out, or -1 if invalid or too big. */
int parse_size(const char *s, unsigned long long *out);

/* lines.c: read fd line by line (delim is '\n' or 0 for -z). lines_next returns the next
 * line without its delimiter, its length in *len (valid and writable until the next call;
 * delimited tells if it had one), or NULL at end of file or on a read error (err set,
 * errno kept). */
struct lines {
	int fd, eof, err, delimited;
	char delim;
	char *buf;
	size_t cap, start, end, scan;
};
void lines_init(struct lines *l, int fd, int delim);
char *lines_next(struct lines *l, size_t *len);
void lines_free(struct lines *l);

/* signame.c: signal names without "SIG" (TERM, RTMIN+2). sig_name returns the name of n
 * (using buf for real-time ones) or NULL; sig_number takes a name in any case, with or
 * without SIG, or a number, and returns -1 if it is not a signal; sig_max is the last. */
const char *sig_name(int n, char *buf, size_t len);
int sig_number(const char *s);
int sig_max(void);

/* fstype.c: identify the filesystem on fd by its superblock (ext2/3/4, btrfs, xfs, vfat,
 * squashfs, iso9660, swap). Returns 0 and fills fi, 1 if unknown, -1 on a read error. */
struct fsinfo {
	char type[16];
	unsigned long long size;	/* bytes, from the superblock */
	unsigned block_size;
	char uuid[40], label[257];	/* "" if none */
};
int fs_probe(int fd, struct fsinfo *fi);

/* blkdev.c: "LABEL=x" or "UUID=x" as the /dev path of the device holding that
 * filesystem (probing each one /proc/partitions lists), any other name as a copy.
 * Returns a malloc'd string, or NULL if no device matches. */
char *blkdev_resolve(const char *spec);

/* syslogpri.c: syslog names. log_facility_name takes LOG_FAC(pri) (0-23) and gives
 * "daemon", log_level_name takes LOG_PRI(pri) and gives "warn"; log_parse_pri reads
 * "facility.level", a bare level (with default_facility, a LOG_ value) or a number,
 * names in any case ("warning", "error", "panic" too), and returns the priority or -1. */
const char *log_facility_name(int fac);
const char *log_level_name(int level);
int log_parse_pri(const char *s, int default_facility);
/* The abstract unix socket name (no leading NUL; cut to len - 1) on which syslogd -C
 * serves its ring buffer to logread: derived from the real path of the log socket so
 * that several syslogds can coexist. Returns its length, or -1 if socket_path is not
 * there. */
int log_ring_name(const char *socket_path, char *name, size_t len);

/* mounttab.c: mnt_unescape undoes /proc/mounts' and fstab's octal escapes (\040 is a
 * space) in place and returns s; mnt_type_matches tells if type is in want, a comma
 * list of types ("no" before the list: not in it), NULL matching every type. */
char *mnt_unescape(char *s);
int mnt_type_matches(const char *type, const char *want);
/* abspath.c: p with the working directory prefixed when relative (malloc'd; nothing
 * resolved, p need not exist): for daemons that chdir("/"). */
char *abs_path(const char *p);

/* civil.c: days_from_civil gives the days since 1970-01-01 of a proleptic Gregorian
 * date (m 1-12); read_digits reads exactly n decimal digits at *p into *out and moves
 * *p past them, -1 if one is not a digit. */
long long days_from_civil(long long y, int m, int d);
int read_digits(const char **p, int n, int *out);

/* proc.c: reading /proc. proc_pids lists the process ids, sorted (NULL if /proc is not
 * there). proc_read fills p from /proc/PID/stat (comm may hold spaces and parentheses)
 * and, on request, status and cmdline (arguments joined by spaces, "" for kernel
 * threads); returns -1 if the process is gone. Times are in clock ticks, start counts
 * from boot, vsize is in bytes, rss in pages, vmlck in KiB. */
struct proc {
	pid_t pid, ppid, pgid, sid, tpgid;
	unsigned tty;		/* the kernel's tty_nr; 0 if none */
	char state;
	char comm[64];
	unsigned long flags;
	unsigned long long utime, stime, start, vsize, rss, vmlck;
	long priority, nice, threads;
	int processor;
	uid_t ruid, euid;
	gid_t rgid, egid;
	char *cmdline;
	size_t cmdlen;
};
#define PROC_STATUS 1
#define PROC_CMDLINE 2
pid_t *proc_pids(size_t *n);
int proc_read(pid_t pid, struct proc *p, int what);
void proc_free(struct proc *p);
/* A whole /proc file, NUL-terminated, its length in *len (may be NULL); NULL on error. */
char *proc_slurp(const char *path, size_t *len);
/* Terminals: tty_nr from a dev_t; a name like "pts/3", "tty1" or "?" for tty_nr;
 * a name ("pts/3", "/dev/tty1", "1" for tty1, "?") to tty_nr, -1 if unknown. */
unsigned proc_tty_nr(dev_t dev);
char *proc_tty_name(unsigned tty, char *buf, size_t len);
int proc_tty_parse(const char *name, unsigned *tty);
/* User and group names (the number if it has none), cached; names or numbers to ids. */
const char *proc_user_name(uid_t uid);
const char *proc_group_name(gid_t gid);
int proc_parse_user(const char *s, uid_t *uid);
int proc_parse_group(const char *s, gid_t *gid);
/* Seconds since boot, from /proc/uptime. */
double proc_uptime(void);
/* The 1, 5 and 15 minute load averages as /proc/loadavg shows them (getloadavg's
 * without /proc, zeros if neither). */
void proc_loadavg(double av[3]);
/* /proc/meminfo in KiB; used and available the way procps computes them. */
struct meminfo {
	unsigned long long total, free, available, used, shared, buffers, cached,
		sreclaimable, cache, swap_total, swap_free, swap_used;
};
int proc_meminfo(struct meminfo *m);

/* pwdb.c: /etc/passwd, shadow, group, gshadow as arrays of lines, rewritten whole
 * (FILE+, fsync, rename; owner and mode kept) under ROOT/etc/.pwd.lock. root NULL or
 * "/" is the real root. pwdb_load reads ROOT/name (a missing file is empty, exists 0);
 * pwdb_find looks for a first field, pwdb_find_id for a third one (uid/gid);
 * pwdb_set replaces line i (takes the malloc'd line; NULL deletes it; i < 0 appends);
 * pwdb_save uses mode for a new file. pwdb_split cuts a line in place into at most max
 * fields (the missing ones ""), pwdb_join glues them (malloc'd). Errors are warned. */
struct pwdb {
	char *path;
	char **line;
	size_t n, cap;
	int exists;
	mode_t mode;	/* of the file as it was */
	uid_t uid;
	gid_t gid;
};
char *pwdb_path(const char *root, const char *name);
int pwdb_lock(const char *root);
void pwdb_unlock(void);
int pwdb_load(struct pwdb *db, const char *root, const char *name);
ssize_t pwdb_find(const struct pwdb *db, const char *key);
ssize_t pwdb_find_id(const struct pwdb *db, unsigned long id);
void pwdb_set(struct pwdb *db, ssize_t i, char *line);
size_t pwdb_split(char *line, char **f, size_t max);
char *pwdb_join(char *const *f, size_t n);
int pwdb_save(struct pwdb *db, mode_t mode);
void pwdb_free(struct pwdb *db);
long pwdb_today(void);		/* days since 1970, shadow's lastchange unit */
/* user's password field (malloc'd; from shadow when passwd says "x"), or NULL. */
char *pwdb_get_hash(const struct pwdb *pw, const struct pwdb *sp, const char *user);
/* Store hash in shadow (adding the entry; passwd's field becomes "x") when sp exists,
 * else in passwd; the last change becomes today. -1 if there is no such user. */
int pwdb_set_hash(struct pwdb *pw, struct pwdb *sp, const char *user, const char *hash);
/* Add user to / remove user from the members (4th field) of group line i; 1 if changed. */
int pwdb_member_add(struct pwdb *gr, ssize_t i, const char *user);
int pwdb_member_del(struct pwdb *gr, ssize_t i, const char *user);
/* Is s a good user or group name? */
int pwdb_valid_name(const char *s);
/* want if it is in [lo, hi] and free in db (as a uid/gid), else the lowest free id
 * there, or -1 if there is none. */
long pwdb_free_id(const struct pwdb *db, long lo, long hi, long want);
/* ROOT/etc/login.defs: the value of key (malloc'd, quotes removed) or NULL. */
char *login_def(const char *root, const char *key);
long login_def_num(const char *root, const char *key, long dflt);

/* pwcrypt.c: method "sha512" (NULL: default), "sha256", "md5" (also "6", "5", "1").
 * pw_hash returns crypt's static string (random salt when salt is NULL, default
 * rounds when 0) or NULL, warned. pw_verify: 1 if pass matches hash, compared in
 * constant time; locked ("!", "*") and empty hashes never match. pw_burn spends a
 * check's time. pw_ask reads a line from stdin, the echo off and the prompt on stderr
 * when it is a terminal; malloc'd, NULL at end of input; pw_free wipes and frees. */
const char *pw_method_prefix(const char *method);
const char *pw_method_list(void);
char *pw_hash(const char *pass, const char *method, const char *salt, unsigned long rounds);
int pw_verify(const char *pass, const char *hash);
void pw_burn(const char *hash_like);
char *pw_ask(const char *prompt);
void pw_free(char *s);
/* The hash of account name whose passwd field is field: that field, or its /etc/shadow
 * entry's when it is "x" ("!" if there is none); *expired set from shadow's expire day. */
const char *pw_account_hash(const char *name, const char *field, int *expired);

#endif
