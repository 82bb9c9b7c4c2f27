/* setjmp/longjmp: save the callee-saved registers (x19-x28, the frame pointer x29,
 * the link register x30 that setjmp returns through, sp, d8-d15); longjmp restores
 * them and makes setjmp return val (1 if 0). The layout of __jb[22]
 * (bits/setjmp.h); __saved follows at 176 and __mask at 184:
 *   0 x19-x28 | 80 x29 x30 | 96 sp | 104 d8-d15 */
	.text
	.global setjmp, _setjmp, longjmp, _longjmp
	.type setjmp, %function
	.type _setjmp, %function
	.type longjmp, %function
	.type _longjmp, %function
setjmp:
_setjmp:
	stp x19, x20, [x0, #0]
	stp x21, x22, [x0, #16]
	stp x23, x24, [x0, #32]
	stp x25, x26, [x0, #48]
	stp x27, x28, [x0, #64]
	stp x29, x30, [x0, #80]
	mov x2, sp
	str x2, [x0, #96]
	stp d8, d9, [x0, #104]
	stp d10, d11, [x0, #120]
	stp d12, d13, [x0, #136]
	stp d14, d15, [x0, #152]
	mov w0, #0
	ret
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp

longjmp:
_longjmp:
	ldp x19, x20, [x0, #0]
	ldp x21, x22, [x0, #16]
	ldp x23, x24, [x0, #32]
	ldp x25, x26, [x0, #48]
	ldp x27, x28, [x0, #64]
	ldp x29, x30, [x0, #80]
	ldr x2, [x0, #96]
	mov sp, x2
	ldp d8, d9, [x0, #104]
	ldp d10, d11, [x0, #120]
	ldp d12, d13, [x0, #136]
	ldp d14, d15, [x0, #152]
	cmp w1, #0
	csinc w0, w1, wzr, ne	/* val, or 1 when val is 0 */
	br x30
	.size longjmp, . - longjmp
	.size _longjmp, . - _longjmp
	.section .note.GNU-stack, "", %progbits
