/* The open flags whose values differ between architectures: arm64 keeps 32-bit ARM's
   (arch/arm64/include/uapi/asm/fcntl.h). O_TMPFILE is __O_TMPFILE | O_DIRECTORY.
   The kernel sets O_LARGEFILE itself for 64-bit processes; it is what F_GETFL shows. */
#define O_DIRECTORY 040000
#define O_NOFOLLOW 0100000
#define O_DIRECT 0200000
#define O_LARGEFILE 0400000
#define O_TMPFILE 020040000
