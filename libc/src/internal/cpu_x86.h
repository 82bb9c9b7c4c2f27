/* cpu_x86.h: CPU features and SIMD helpers for the x86_64 string functions
 * (src/string/x86_64). SSE2 is always there; __x86_avx2 is set once at start-up by a
 * constructor in src/string/x86_64/cpu.c (0 until then, so early callers take the SSE2
 * paths). The vectors are GCC vector extensions (no immintrin.h under -nostdinc). */
#ifndef _INTERNAL_CPU_X86_H
#define _INTERNAL_CPU_X86_H

#include <stddef.h>
#include <stdint.h>

extern __attribute__((__visibility__("hidden"))) int __x86_avx2;

typedef unsigned char v16 __attribute__((__vector_size__(16), __may_alias__));
typedef unsigned char v16u __attribute__((__vector_size__(16), __may_alias__, __aligned__(1)));
typedef char v16c __attribute__((__vector_size__(16)));
typedef unsigned char v32 __attribute__((__vector_size__(32), __may_alias__));
typedef unsigned char v32u __attribute__((__vector_size__(32), __may_alias__, __aligned__(1)));
typedef char v32c __attribute__((__vector_size__(32)));

/* bit i set when byte i of the (comparison result) vector has its top bit set */
#define MASK16(v) ((unsigned)__builtin_ia32_pmovmskb128((v16c)(v)))
#define MASK32(v) ((unsigned)__builtin_ia32_pmovmskb256((v32c)(v)))

/* unsigned byte minimum (pminub) */
#ifdef __clang__
#define MIN16(a, b) ((v16)__builtin_elementwise_min((v16)(a), (v16)(b)))
#define MIN32(a, b) ((v32)__builtin_elementwise_min((v32)(a), (v32)(b)))
#else
#define MIN16(a, b) ((v16)__builtin_ia32_pminub128((v16c)(a), (v16c)(b)))
#define MIN32(a, b) ((v32)__builtin_ia32_pminub256((v32c)(a), (v32c)(b)))
#endif

#define LOAD16(p) (*(const v16 *)(const void *)(p))
#define LOAD16U(p) (*(const v16u *)(const void *)(p))
#define STORE16(p, v) (*(v16 *)(void *)(p) = (v))
#define STORE16U(p, v) (*(v16u *)(void *)(p) = (v))
#define LOAD32(p) (*(const v32 *)(const void *)(p))
#define LOAD32U(p) (*(const v32u *)(const void *)(p))
#define STORE32(p, v) (*(v32 *)(void *)(p) = (v))
#define STORE32U(p, v) (*(v32u *)(void *)(p) = (v))

/* An unaligned load of n bytes at p stays in p's page */
#define PAGE_SAFE(p, n) (((uintptr_t)(p) & 4095) <= 4096 - (n))

typedef uint64_t u64u __attribute__((__may_alias__, __aligned__(1)));
typedef uint32_t u32u __attribute__((__may_alias__, __aligned__(1)));
typedef uint16_t u16u __attribute__((__may_alias__, __aligned__(1)));

#define AVX2 __attribute__((__target__("avx2")))

/* A vector from memory, kept in a register: where it is used twice the compiler
 * would otherwise fold the load into both instructions and read memory twice. */
AVX2 static inline v32 reg32(v32 v)
{
	__asm__("" : "+x"(v));
	return v;
}

static inline v16 reg16(v16 v)
{
	__asm__("" : "+x"(v));
	return v;
}

#endif
