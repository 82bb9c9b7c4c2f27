/* arm_neon.h (the compiler's) on aarch64: a vector add. */
#include <arm_neon.h>
#include <stdio.h>
int main(void)
{
	int32_t in[4] = { 1, 2, 3, 4 }, out[4];
	vst1q_s32(out, vaddq_s32(vld1q_s32(in), vdupq_n_s32(10)));
	printf("%d %d %d %d\n", out[0], out[1], out[2], out[3]);
	return 0;
}
