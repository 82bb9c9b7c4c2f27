#ifndef _STDIO_H
#define _STDIO_H

#include <features.h>
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

typedef __builtin_va_list va_list;
typedef __builtin_va_list __isoc_va_list;

typedef struct _IO_FILE FILE;
typedef struct { off_t __pos; int __state[2]; } fpos_t;

#define EOF (-1)
#define BUFSIZ 8192
#define FILENAME_MAX 4096
#define FOPEN_MAX 16
#define TMP_MAX 238328
#define L_tmpnam 20
#define L_ctermid 9
#define P_tmpdir "/tmp"

#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
#define stdin (stdin)
#define stdout (stdout)
#define stderr (stderr)

#define __R3_PRINTF(f, a) __attribute__((__format__(__printf__, f, a)))
#define __R3_SCANF(f, a) __attribute__((__format__(__scanf__, f, a)))

FILE *fopen(const char *__restrict, const char *__restrict);
FILE *freopen(const char *__restrict, const char *__restrict, FILE *__restrict);
FILE *fdopen(int, const char *);
FILE *fmemopen(void *__restrict, size_t, const char *__restrict);
FILE *open_memstream(char **, size_t *);
FILE *popen(const char *, const char *);
int pclose(FILE *);
FILE *tmpfile(void);
int fclose(FILE *);
int fflush(FILE *);
int fileno(FILE *);
int feof(FILE *);
int ferror(FILE *);
void clearerr(FILE *);
void setbuf(FILE *__restrict, char *__restrict);
int setvbuf(FILE *__restrict, char *__restrict, int, size_t);
void setbuffer(FILE *, char *, size_t);
void setlinebuf(FILE *);

int fseek(FILE *, long, int);
long ftell(FILE *);
int fseeko(FILE *, off_t, int);
off_t ftello(FILE *);
void rewind(FILE *);
int fgetpos(FILE *__restrict, fpos_t *__restrict);
int fsetpos(FILE *, const fpos_t *);

size_t fread(void *__restrict, size_t, size_t, FILE *__restrict);
size_t fwrite(const void *__restrict, size_t, size_t, FILE *__restrict);
int fgetc(FILE *);
int getc(FILE *);
int getchar(void);
int ungetc(int, FILE *);
int fputc(int, FILE *);
int putc(int, FILE *);
int putchar(int);
char *fgets(char *__restrict, int, FILE *__restrict);
int fputs(const char *__restrict, FILE *__restrict);
int puts(const char *);
ssize_t getline(char **__restrict, size_t *__restrict, FILE *__restrict);
ssize_t getdelim(char **__restrict, size_t *__restrict, int, FILE *__restrict);

int getc_unlocked(FILE *);
int getchar_unlocked(void);
int putc_unlocked(int, FILE *);
int putchar_unlocked(int);
int fgetc_unlocked(FILE *);
int fputc_unlocked(int, FILE *);
size_t fread_unlocked(void *, size_t, size_t, FILE *);
size_t fwrite_unlocked(const void *, size_t, size_t, FILE *);
int fputs_unlocked(const char *, FILE *);
char *fgets_unlocked(char *, int, FILE *);
int fflush_unlocked(FILE *);
int feof_unlocked(FILE *);
int ferror_unlocked(FILE *);
void clearerr_unlocked(FILE *);
int fileno_unlocked(FILE *);
void flockfile(FILE *);
int ftrylockfile(FILE *);
void funlockfile(FILE *);

int printf(const char *__restrict, ...) __R3_PRINTF(1, 2);
int fprintf(FILE *__restrict, const char *__restrict, ...) __R3_PRINTF(2, 3);
int sprintf(char *__restrict, const char *__restrict, ...) __R3_PRINTF(2, 3);
int snprintf(char *__restrict, size_t, const char *__restrict, ...) __R3_PRINTF(3, 4);
int dprintf(int, const char *__restrict, ...) __R3_PRINTF(2, 3);
int asprintf(char **, const char *, ...) __R3_PRINTF(2, 3);
int vprintf(const char *__restrict, __isoc_va_list) __R3_PRINTF(1, 0);
int vfprintf(FILE *__restrict, const char *__restrict, __isoc_va_list) __R3_PRINTF(2, 0);
int vsprintf(char *__restrict, const char *__restrict, __isoc_va_list) __R3_PRINTF(2, 0);
int vsnprintf(char *__restrict, size_t, const char *__restrict, __isoc_va_list)
	__R3_PRINTF(3, 0);
int vdprintf(int, const char *__restrict, __isoc_va_list) __R3_PRINTF(2, 0);
int vasprintf(char **, const char *, __isoc_va_list) __R3_PRINTF(2, 0);

int scanf(const char *__restrict, ...) __R3_SCANF(1, 2);
int fscanf(FILE *__restrict, const char *__restrict, ...) __R3_SCANF(2, 3);
int sscanf(const char *__restrict, const char *__restrict, ...) __R3_SCANF(2, 3);
int vscanf(const char *__restrict, __isoc_va_list) __R3_SCANF(1, 0);
int vfscanf(FILE *__restrict, const char *__restrict, __isoc_va_list) __R3_SCANF(2, 0);
int vsscanf(const char *__restrict, const char *__restrict, __isoc_va_list) __R3_SCANF(2, 0);

void perror(const char *);
int remove(const char *);
int rename(const char *, const char *);
int renameat(int, const char *, int, const char *);
char *tmpnam(char *);
char *ctermid(char *);

#ifdef __cplusplus
}
#endif

#endif
