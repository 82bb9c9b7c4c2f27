#!/usr/bin/env python3
"""Tables and coefficients for sincosf.c, expf.c and logf.c (python3 + mpmath):
  2^(j/64), j = 0..63, rounded to double (expf, exp2f core);
  logf: 128 subintervals of m in [0x3f330000, 0x3fb30000) (float bits), each with
  c = 1/centre rounded to 29 bits (so m*c is exact in double) and -log(c) in double;
  the two subintervals next to 1.0 get c = 1 (log near 1 is then log1p(r)
  with r exact: no cancellation);
  sin(r)/r - 1 and cos(r) - 1 on |r| <= pi/4 as polynomials in z = r^2 (Chebyshev
  fit of the relative error, mpmath.chebyfit), with their measured maximum error."""
from mpmath import mp, mpf, log, sin, cos, sqrt, pi, chebyfit, ldexp, floor
import struct
mp.prec = 200

def h(x):
    return float(x).hex()

print("/* 2^(j/64) */")
for j in range(64):
    print("\t%s," % h(mpf(2) ** (mpf(j) / 64)))

print("/* logf: { c, -log(c) } */")
for j in range(128):
    lo = struct.unpack('<f', struct.pack('<I', 0x3f330000 + (j << 16)))[0]
    hi = struct.unpack('<f', struct.pack('<I', 0x3f330000 + ((j + 1) << 16)))[0]
    # the mantissa runs over [lo, hi) ; past 1.0 the bits step in the next binade
    if 0x3f330000 + (j << 16) >= 0x3f800000:
        pass
    lo, hi = mpf(lo), mpf(hi)
    if 1 - ldexp(1, -8) <= lo <= 1:
        c = mpf(1)
    else:
        c = 1 / ((lo + hi) / 2)
        e = int(floor(log(c, 2)))
        c = ldexp(floor(ldexp(c, 28 - e) + mpf(0.5)), e - 28)
    print("\t{ %s, %s }," % (h(c), h(-log(c))))

r2 = (pi / 4) ** 2
for name, f, n in (("sin", lambda z: sin(sqrt(z)) / sqrt(z) - 1 if z else mpf(0), 6),
                   ("cos", lambda z: cos(sqrt(z)) - 1, 6)):
    # fit (f(z)/z) so the constant term is exact zero at z = 0
    g = lambda z: (f(z) / z) if z else (mpf(-1) / 6 if name == "sin" else mpf(-1) / 2)
    p, err = chebyfit(g, [mpf(0), r2], n, error=True)
    coef = [float(c) for c in reversed(p)]
    # measured: max |(1 + z*P(z)) - exact| relative, in double coefficients
    worst = 0
    for i in range(1, 2001):
        r = pi / 4 * i / 2000
        z = r * r
        P = mpf(0)
        for c in reversed(coef):
            P = P * z + mpf(c)
        if name == "sin":
            ex = sin(r); ap = r + r * z * P
        else:
            ex = cos(r); ap = 1 + z * P
        worst = max(worst, abs(ap / ex - 1))
    print("/* %s: z^0.. */ %s  max rel err %s" % (name, ", ".join(c.hex() for c in coef), mp.nstr(worst, 3)))

# sincosf's Payne-Hanek reduction: the bits of 2/pi as a stream of four 64-bit words,
# bit i (weight 2^-i) at stream position i + 6 (positions 0..6 are zero)
mp.prec = 400
S = int(floor(2 / pi * mpf(2) ** (256 - 7)))
print("/* 2/pi stream */ " + ", ".join("0x%016x" % ((S >> (64 * (3 - w))) & (2**64 - 1)) for w in range(4)))
