#include <stdint.h>

/* What -fstack-protector compares against on aarch64 (GCC reads this global, not the
 * TCB). The start code sets it before any protected function runs. */
uintptr_t __stack_chk_guard;
