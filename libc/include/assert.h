/* No include guard: assert is redefined each time, following NDEBUG at that point. */
#include <features.h>

#undef assert
#ifdef NDEBUG
#define assert(x) ((void)0)
#else
#define assert(x) ((void)((x) || (__assert_fail(#x, __FILE__, __LINE__, __func__), 0)))
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(__cplusplus)
#undef static_assert
#define static_assert _Static_assert
#endif

__R3_NORETURN void __assert_fail(const char *, const char *, int, const char *);
