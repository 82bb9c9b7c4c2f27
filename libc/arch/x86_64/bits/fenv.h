/* x86_64 has two floating-point units: SSE for float and double (MXCSR) and the x87
 * for long double (its control and status words). Both use the same bit positions for
 * the exception flags; the rounding field is bits 10-11 of the x87 control word and
 * bits 13-14 of MXCSR, with the same encoding. The denormal-operand flag (bit 1) is an
 * x86 extra and not part of FE_ALL_EXCEPT. */
#define FE_INVALID 0x01
#define FE_DIVBYZERO 0x04
#define FE_OVERFLOW 0x08
#define FE_UNDERFLOW 0x10
#define FE_INEXACT 0x20
#define FE_ALL_EXCEPT 0x3d

#define FE_TONEAREST 0x000
#define FE_DOWNWARD 0x400
#define FE_UPWARD 0x800
#define FE_TOWARDZERO 0xc00

typedef unsigned short fexcept_t;

/* The 28-byte image fnstenv stores and fldenv loads, then MXCSR. */
typedef struct {
	unsigned short __control, __r1, __status, __r2, __tags, __r3;
	unsigned int __ip;
	unsigned short __cs, __opcode;
	unsigned int __dp;
	unsigned short __ds, __r4;
	unsigned int __mxcsr;
} fenv_t;
