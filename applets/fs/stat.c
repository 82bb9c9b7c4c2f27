/* stat - display file or file system status
 *
 * APPLET(stat, USR_BIN)
 * usage: stat [-Lt] [-f] [-c FORMAT|--printf=FORMAT] FILE...
 *
 * Show the status of each FILE (of the file system holding it with -f), in GNU's
 * layout or by FORMAT. Directives take printf flags, width and precision (%.9Y).
 *
 * -L, --dereference  follow symbolic links      -f, --file-system  file system status
 * -c, --format=FORMAT  print FORMAT and a newline   --printf=FORMAT  escapes, no newline
 * -t, --terse  one line of raw values
 *
 * Files: %a mode in octal  %A mode like ls  %b blocks  %B block size (512)  %d device
 * %D device in hex  %Hd %Ld major, minor of the device  %f raw mode in hex  %F file type
 * %g gid  %G group  %h links  %i inode  %n name  %N quoted name (-> link target)
 * %o I/O block size  %s size  %t %T (or %Hr %Lr) device type major, minor  %u uid
 * %U user  %w %W birth (- and 0: unknown)  %x %X access  %y %Y modify  %z %Z change
 * File systems: %a free blocks for users  %b blocks  %c inodes  %d free inodes
 * %f free blocks  %i id  %l name length  %n name  %s block size  %S fundamental block
 * size  %t type in hex  %T type name
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <time.h>
#include <unistd.h>
#include "ring3.h"
#include "fs.h"

static int deref, quote_always, have_birth;
static struct timespec birth;

static const char *file_type(mode_t m, off_t size)
{
	return S_ISREG(m) ? (size ? "regular file" : "regular empty file") :
	       S_ISDIR(m) ? "directory" : S_ISLNK(m) ? "symbolic link" : S_ISFIFO(m) ? "fifo" :
	       S_ISSOCK(m) ? "socket" : S_ISCHR(m) ? "character special file" :
	       S_ISBLK(m) ? "block special file" : "weird file";
}

static const char *fs_type_name(unsigned long t)
{
	static const struct {
		unsigned long magic;
		const char *name;
	} tab[] = {
		{ 0xEF53, "ext2/ext3" }, { 0x01021994, "tmpfs" }, { 0x9fa0, "proc" },
		{ 0x62656572, "sysfs" }, { 0x9123683e, "btrfs" }, { 0x58465342, "xfs" },
		{ 0x794c7630, "overlayfs" }, { 0x858458f6, "ramfs" }, { 0x1cd1, "devpts" },
		{ 0x6969, "nfs" }, { 0x4d44, "msdos" }, { 0x63677270, "cgroup2fs" },
		{ 0x27e0eb, "cgroupfs" }, { 0x73717368, "squashfs" }, { 0x65735546, "fuseblk" },
		{ 0x01021997, "v9fs" }, { 0x28cd3d45, "cramfs" }, { 0x9660, "isofs" },
		{ 0x2fc12fc1, "zfs" }, { 0xf2f52010, "f2fs" }, { 0x64626720, "debugfs" },
		{ 0x73636673, "securityfs" }, { 0xcafe4a11, "bpf_fs" }, { 0x6e736673, "nsfs" },
		{ 0x74726163, "tracefs" }, { 0x42494e4d, "binfmt_misc" }, { 0x19800202, "mqueue" },
		{ 0x958458f6, "hugetlbfs" }, { 0x5346544e, "ntfs" }, { 0x2011bab0, "exfat" },
		{ 0x137d, "ext" }, { 0xff534d42, "cifs" }, { 0x50495045, "pipefs" },
		{ 0x534f434b, "sockfs" }, { 0x6165676c, "pstorefs" }, { 0xde5e81e4, "efivarfs" },
	};
	for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
		if (tab[i].magic == t)
			return tab[i].name;
	return "UNKNOWN";
}

static int needs_quote(const char *s)
{
	if (!*s)
		return 1;
	for (; *s; s++)
		if (!strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
			    "._/-+,:@%^=", *s))
			return 1;
	return 0;
}

static void put_quoted(const char *s)
{
	if (!quote_always && !needs_quote(s)) {
		fputs(s, stdout);
		return;
	}
	putchar('\'');
	for (; *s; s++)
		if (*s == '\'')
			fputs("'\\''", stdout);
		else
			putchar(*s);
	putchar('\'');
}

static void put_time(const struct timespec *ts, char *buf, size_t len)
{
	struct tm tm;
	time_t t = ts->tv_sec;
	if (!localtime_r(&t, &tm)) {
		snprintf(buf, len, "%lld", (long long)t);
		return;
	}
	char a[64], z[16];
	strftime(a, sizeof a, "%Y-%m-%d %H:%M:%S", &tm);
	strftime(z, sizeof z, "%z", &tm);
	snprintf(buf, len, "%s.%09ld %s", a, (long)ts->tv_nsec, z);
}

/* Print one directive: mods holds the flags, width and precision ("%-10"). */
static void out_str(const char *mods, const char *s)
{
	char f[80];
	snprintf(f, sizeof f, "%.64ss", mods);
	printf(f, s);
}

static void out_num(const char *mods, unsigned long long v, const char *conv)
{
	char f[80];
	snprintf(f, sizeof f, "%.64s%.4s", mods, conv);
	printf(f, v);
}

static void out_signed(const char *mods, long long v)
{
	char f[80];
	snprintf(f, sizeof f, "%.64slld", mods);
	printf(f, v);
}

/* %X %Y %Z with a precision: seconds and that many digits of the fraction. */
static void out_epoch(const char *mods, int prec, const struct timespec *ts)
{
	if (prec < 0) {
		out_signed(mods, (long long)ts->tv_sec);
		return;
	}
	char buf[64];
	if (prec > 9)
		prec = 9;
	long ns = ts->tv_nsec;
	for (int i = prec; i < 9; i++)
		ns /= 10;
	if (prec)
		snprintf(buf, sizeof buf, "%lld.%0*ld", (long long)ts->tv_sec, prec, ns);
	else
		snprintf(buf, sizeof buf, "%lld", (long long)ts->tv_sec);
	/* width applies, precision does not */
	char m[64];
	snprintf(m, sizeof m, "%s", mods);
	char *dot = strchr(m, '.');
	if (dot)
		*dot = 0;
	out_str(m, buf);
}

static void file_directive(const char *mods, int prec, int c, int sub, const char *name,
			   const struct stat *st)
{
	char buf[128];
	switch (c) {
	case 'a': out_num(mods, st->st_mode & 07777, "llo"); break;
	case 'A': fs_mode_string(st->st_mode, buf); out_str(mods, buf); break;
	case 'b': out_num(mods, (unsigned long long)st->st_blocks, "llu"); break;
	case 'B': out_num(mods, 512, "llu"); break;
	case 'C': out_str(mods, "?"); break;
	case 'd':
		if (sub == 'H')
			out_num(mods, fs_major(st->st_dev), "llu");
		else if (sub == 'L')
			out_num(mods, fs_minor(st->st_dev), "llu");
		else
			out_num(mods, (unsigned long long)st->st_dev, "llu");
		break;
	case 'D': out_num(mods, (unsigned long long)st->st_dev, "llx"); break;
	case 'f': out_num(mods, st->st_mode, "llx"); break;
	case 'F': out_str(mods, file_type(st->st_mode, st->st_size)); break;
	case 'g': out_num(mods, st->st_gid, "llu"); break;
	case 'G': {
		struct group *gr = getgrgid(st->st_gid);
		out_str(mods, gr ? gr->gr_name : "UNKNOWN");
		break;
	}
	case 'h': out_num(mods, st->st_nlink, "llu"); break;
	case 'i': out_num(mods, st->st_ino, "llu"); break;
	case 'm': out_str(mods, "?"); break;
	case 'n': out_str(mods, name); break;
	case 'N':
		put_quoted(name);
		if (S_ISLNK(st->st_mode)) {
			char *t = xmalloc(st->st_size + 2 > 4096 ? st->st_size + 2 : 4096);
			ssize_t l = readlink(name, t, (st->st_size + 2 > 4096 ? st->st_size + 2 : 4096) - 1);
			if (l >= 0) {
				t[l] = 0;
				fputs(" -> ", stdout);
				put_quoted(t);
			}
			free(t);
		}
		break;
	case 'o': out_num(mods, (unsigned long long)st->st_blksize, "llu"); break;
	case 's': out_signed(mods, (long long)st->st_size); break;
	case 'r':
		if (sub == 'H')
			out_num(mods, fs_major(st->st_rdev), "llu");
		else if (sub == 'L')
			out_num(mods, fs_minor(st->st_rdev), "llu");
		else
			out_num(mods, (unsigned long long)st->st_rdev, "llu");
		break;
	case 'R': out_num(mods, (unsigned long long)st->st_rdev, "llx"); break;
	case 't': out_num(mods, fs_major(st->st_rdev), "llx"); break;
	case 'T': out_num(mods, fs_minor(st->st_rdev), "llx"); break;
	case 'u': out_num(mods, st->st_uid, "llu"); break;
	case 'U': {
		struct passwd *pw = getpwuid(st->st_uid);
		out_str(mods, pw ? pw->pw_name : "UNKNOWN");
		break;
	}
	case 'w':
		if (have_birth)
			put_time(&birth, buf, sizeof buf);
		out_str(mods, have_birth ? buf : "-");
		break;
	case 'W':
		if (have_birth)
			out_epoch(mods, prec, &birth);
		else
			out_str(mods, "0");
		break;
	case 'x': put_time(&st->st_atim, buf, sizeof buf); out_str(mods, buf); break;
	case 'y': put_time(&st->st_mtim, buf, sizeof buf); out_str(mods, buf); break;
	case 'z': put_time(&st->st_ctim, buf, sizeof buf); out_str(mods, buf); break;
	case 'X': out_epoch(mods, prec, &st->st_atim); break;
	case 'Y': out_epoch(mods, prec, &st->st_mtim); break;
	case 'Z': out_epoch(mods, prec, &st->st_ctim); break;
	default: printf("?"); break;
	}
}

static void fs_directive(const char *mods, int c, const char *name, const struct statfs *sf)
{
	switch (c) {
	case 'a': out_num(mods, sf->f_bavail, "llu"); break;
	case 'b': out_num(mods, sf->f_blocks, "llu"); break;
	case 'c': out_num(mods, sf->f_files, "llu"); break;
	case 'd': out_num(mods, sf->f_ffree, "llu"); break;
	case 'f': out_num(mods, sf->f_bfree, "llu"); break;
	case 'i': {
		unsigned long long id = ((unsigned long long)(unsigned)sf->f_fsid.__val[0] << 32) |
					(unsigned)sf->f_fsid.__val[1];
		out_num(mods, id, "llx");
		break;
	}
	case 'l': out_num(mods, (unsigned long long)sf->f_namelen, "llu"); break;
	case 'n': out_str(mods, name); break;
	case 's': out_num(mods, (unsigned long long)sf->f_bsize, "llu"); break;
	case 'S':
		out_num(mods, (unsigned long long)(sf->f_frsize ? sf->f_frsize : sf->f_bsize), "llu");
		break;
	case 't': out_num(mods, (unsigned long long)(unsigned long)sf->f_type, "llx"); break;
	case 'T': out_str(mods, fs_type_name((unsigned long)sf->f_type)); break;
	default: printf("?"); break;
	}
}

static void format(const char *fmt, int escapes, const char *name, const struct stat *st,
		   const struct statfs *sf)
{
	for (const char *p = fmt; *p; p++) {
		if (*p == '\\' && escapes) {
			p++;
			if (!*p) {
				putchar('\\');
				break;
			}
			const char *q = p;
			int c = escape_char(&q, 0);
			if (c < 0)
				return;
			putchar(c);
			p = q - 1;
			continue;
		}
		if (*p != '%') {
			putchar(*p);
			continue;
		}
		char mods[64] = "%";
		size_t ml = 1;
		int prec = -1;
		p++;
		while (*p && strchr("-#0 +'", *p) && ml < 20)
			mods[ml++] = *p++;
		while (*p >= '0' && *p <= '9' && ml < 40)
			mods[ml++] = *p++;
		if (*p == '.') {
			mods[ml++] = *p++;
			prec = 0;
			while (*p >= '0' && *p <= '9' && ml < 60) {
				prec = prec * 10 + (*p - '0');
				mods[ml++] = *p++;
			}
		}
		mods[ml] = 0;
		if (!*p) {
			fputs(mods, stdout);
			break;
		}
		if (*p == '%') {
			putchar('%');
			continue;
		}
		int sub = 0;
		if ((*p == 'H' || *p == 'L') && !sf && (p[1] == 'd' || p[1] == 'r'))
			sub = *p++;
		if (sf)
			fs_directive(mods, *p, name, sf);
		else
			file_directive(mods, prec, *p, sub, name, st);
	}
}

int stat_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv,
		"L(dereference)f(file-system)c(format):p(printf):t(terse)");
	int c, fs = 0, terse = 0, status = 0, escapes = 0, nl = 1;
	const char *fmt = 0;
	while ((c = opt_next(&o)) != -1)
		switch (c) {
		case 'L': deref = 1; break;
		case 'f': fs = 1; break;
		case 'c': fmt = o.arg; escapes = 0; nl = 1; break;
		case 'p': fmt = o.arg; escapes = 1; nl = 0; break;
		case 't': terse = 1; break;
		default: return usage();
		}
	argc -= o.ind;
	argv += o.ind;
	if (!argc) {
		warn_msg("missing operand");
		return usage();
	}
	for (int i = 0; i < argc; i++) {
		const char *name = argv[i];
		if (fs) {
			struct statfs sf;
			if (statfs(name, &sf)) {
				warn_errno("cannot read file system information for '%s'", name);
				status = 1;
				continue;
			}
			const char *f = fmt;
			if (!f && terse)
				f = "%n %i %l %t %s %S %b %f %a %c %d";
			if (f) {
				format(f, escapes, name, 0, &sf);
				if (nl)
					putchar('\n');
				continue;
			}
			printf("  File: \"%s\"\n", name);
			format("    ID: %-8i Namelen: %-7l Type: %T\n"
			       "Block size: %-10s Fundamental block size: %S\n"
			       "Blocks: Total: %-10b Free: %-10f Available: %a\n"
			       "Inodes: Total: %-10c Free: %d\n", 0, name, 0, &sf);
			continue;
		}
		struct stat st;
		if ((deref ? stat : lstat)(name, &st)) {
			warn_errno("cannot %s '%s'", deref ? "stat" : "statx", name);
			status = 1;
			continue;
		}
		struct statx sx;
		have_birth = !statx(AT_FDCWD, name, deref ? 0 : AT_SYMLINK_NOFOLLOW, STATX_BTIME, &sx) &&
			     (sx.stx_mask & STATX_BTIME);
		if (have_birth) {
			birth.tv_sec = (time_t)sx.stx_btime.tv_sec;
			birth.tv_nsec = (long)sx.stx_btime.tv_nsec;
		}
		const char *f = fmt;
		if (!f && terse)
			f = "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o";
		if (f) {
			quote_always = 1;
			format(f, escapes, name, &st, 0);
			if (nl)
				putchar('\n');
			continue;
		}
		quote_always = 0;
		int dev = S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode);
		format("  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n", 0, name,
		       &st, 0);
		format(dev ? "Device: %Hd,%Ld\tInode: %-11i Links: %-5h Device type: %Hr,%Lr\n"
			   : "Device: %Hd,%Ld\tInode: %-11i Links: %h\n", 0, name, &st, 0);
		format("Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n"
		       "Access: %x\nModify: %y\nChange: %z\n Birth: %w\n", 0, name, &st, 0);
	}
	return status;
}
