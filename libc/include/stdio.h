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

/* The integer-only printf family: the same formatter without floating point, %m and
 * wide characters (%lc %ls), so about 6 kB smaller. Any other conversion fails there
 * with EINVAL; call them only through the macros below. */
int __printf_int(const char *__restrict, ...) __R3_PRINTF(1, 2);
int __fprintf_int(FILE *__restrict, const char *__restrict, ...) __R3_PRINTF(2, 3);
int __sprintf_int(char *__restrict, const char *__restrict, ...) __R3_PRINTF(2, 3);
int __snprintf_int(char *__restrict, size_t, const char *__restrict, ...) __R3_PRINTF(3, 4);

/* Nothing in a static link can tell that a program never prints a float, so printf,
 * fprintf, sprintf and snprintf are also macros (C11 7.1.4 allows it) that send a call
 * to the integer-only function when its format is a string literal of at most 32
 * bytes made only of text and conversions in d i o u x X p n c s %, with flags,
 * width, precision and the lengths hh h l ll j z t (but not %lc or %ls). The check is
 * a state machine over the literal's bytes, which the compiler folds to a constant;
 * anything it cannot fold, or any doubt, calls the real function. Each argument is
 * evaluated exactly once (the format test is in __builtin_constant_p and sizeof);
 * clang checks formats only on a direct call, hence its unevaluated sizeof copy.
 * Only C compiled with optimisation for a hosted implementation gets them (libc itself
 * is freestanding). As with any function-like macro, a struct member or a declaration
 * named printf followed by '(' is expanded too: write (printf)(...), #undef printf, or
 * define _RING3_NO_PRINTF_MACRO before including this header. */
#if defined(__GNUC__) && defined(__OPTIMIZE__) && __STDC_HOSTED__ && \
	!defined(__cplusplus) && !defined(_RING3_NO_PRINTF_MACRO)
/* The state machine: 0 in text, 1 in a conversion, 2 after its 'l', 3 refused (for
 * good); __r3_pf_next[state * 128 + byte] is the next state, as a digit. After a '%'
 * only flags, digits, '.', '*' and the lengths h j z t q Z stay in 1, 'l' goes to 2,
 * '%' and d i o u x X p n (and c s, but not after 'l') end the conversion; anything
 * else, the terminator included, refuses. Bytes past 127 count modulo 128: after a
 * '%' none of them is a conversion, and they cannot make a bad format look good.
 * The table is an object, not a string literal repeated at each step, and its reads
 * fold like the rest; even so each literal format costs the compiler a few
 * milliseconds and a few megabytes, which is why only 32 bytes are looked at. */
static const char __r3_pf_next[] __attribute__((__unused__)) =
	"0000000000000000000000000000000000000100000000000000000000000000" \
	"0000000000000000000000000000000000000000000000000000000000000000" \
	"3333333333333333333333333333333313313031331131131111111111333333" \
	"3333333333333333333333330313333333300333101323000130103303133333" \
	"3333333333333333333333333333333333333333333333333333333333333333" \
	"3333333333333333333333330333333333330333303323000333303303333333" \
	"3333333333333333333333333333333333333333333333333333333333333333" \
	"3333333333333333333333333333333333333333333333333333333333333333";
#define __R3_PF_STEP(st, s, i) \
	(__r3_pf_next[(st) * 128 + (((i) < sizeof(s) ? (s)[i] : 0) & 127)] - '0')
#define __R3_PF_4(st, s, i) __R3_PF_STEP(__R3_PF_STEP(__R3_PF_STEP(__R3_PF_STEP(st, s, i), \
	s, (i) + 1), s, (i) + 2), s, (i) + 3)
#define __R3_PF_16(st, s, i) __R3_PF_4(__R3_PF_4(__R3_PF_4(__R3_PF_4(st, s, i), \
	s, (i) + 4), s, (i) + 8), s, (i) + 12)
#define __R3_PF_32(s) __R3_PF_16(__R3_PF_16(0, s, 0), s, 16)
/* An array (a pointer's sizeof says nothing of its string), whole in the 32 bytes. */
#define __R3_PF_OK(s) (!__builtin_types_compatible_p(__typeof__(s), __typeof__(&(s)[0])) && \
	sizeof(s) <= 32 && __R3_PF_32(s) == 0)
#define __R3_PF_INT(s) (__builtin_constant_p(__R3_PF_OK(s)) && __R3_PF_OK(s))
#define __R3_ARG1(a, ...) a
#define __R3_ARG2(a, b, ...) b
#define __R3_ARG3(a, b, c, ...) c
#ifdef __clang__
#define __R3_PF_CHECK(call) (void)sizeof(call),
#else
#define __R3_PF_CHECK(call)
#endif
#define printf(...) (__R3_PF_CHECK(printf(__VA_ARGS__)) \
	(__R3_PF_INT(__R3_ARG1(__VA_ARGS__, 0)) ? __printf_int : printf)(__VA_ARGS__))
#define fprintf(...) (__R3_PF_CHECK(fprintf(__VA_ARGS__)) \
	(__R3_PF_INT(__R3_ARG2(__VA_ARGS__, 0)) ? __fprintf_int : fprintf)(__VA_ARGS__))
#define sprintf(...) (__R3_PF_CHECK(sprintf(__VA_ARGS__)) \
	(__R3_PF_INT(__R3_ARG2(__VA_ARGS__, 0)) ? __sprintf_int : sprintf)(__VA_ARGS__))
#define snprintf(...) (__R3_PF_CHECK(snprintf(__VA_ARGS__)) \
	(__R3_PF_INT(__R3_ARG3(__VA_ARGS__, 0, 0)) ? __snprintf_int : snprintf)(__VA_ARGS__))
#endif

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
