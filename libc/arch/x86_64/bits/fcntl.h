/* The open flags whose values differ between architectures. x86_64 uses the
   asm-generic values; O_LARGEFILE is 0 because a 64-bit off_t needs no flag. */
#define O_DIRECT 040000
#define O_LARGEFILE 0
#define O_DIRECTORY 0200000
#define O_NOFOLLOW 0400000
#define O_TMPFILE 020200000
