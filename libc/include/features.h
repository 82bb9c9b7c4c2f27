/* features.h: feature-test handling and small attribute helpers shared by headers. */
#ifndef _FEATURES_H
#define _FEATURES_H

/* ring3 exposes one namespace: everything POSIX, XSI and the Linux/GNU extensions its
 * programs use is visible unless a strict ISO C mode asks otherwise. */
#if !defined(__STRICT_ANSI__) || defined(_GNU_SOURCE) || defined(_POSIX_C_SOURCE) \
	|| defined(_XOPEN_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE)
#define __R3_POSIX 1
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define __R3_NORETURN _Noreturn
#else
#define __R3_NORETURN __attribute__((__noreturn__))
#endif

#define __R3_VERSION 1
#define __ring3__ 1

#endif
