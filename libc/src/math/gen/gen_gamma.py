#!/usr/bin/env python3
# Coefficients of libc/src/math/gamma.c (gam, lga, lgm, lgb, sinpi_c, cospi_c, the
# constants and Stirling terms), with the low parts of c0 and c1. Run: python3 gen_gamma.py
import mpmath as mp
mp.mp.dps = 50
def fit(name, f, a, b, tol, nmin=6, nmax=45, comment=""):
    for n in range(nmin, nmax):
        c, err = mp.chebyfit(f, [a, b], n, error=True)
        if err < tol: break
    c = list(reversed(c))
    row = [float(c[0]), float(c[1])] + [float(c[0]-mp.mpf(float(c[0]))), float(c[1]-mp.mpf(float(c[1])))]
    print("/* %s on [%s, %s]: degree %d, fit error %.2g; the lows of c0 and c1: %s, %s */" % (comment, mp.nstr(a,4), mp.nstr(b,4), n-1, float(err), row[2].hex(), row[3].hex()))
    print("static const double %s[%d] = {" % (name, n))
    co = [float(x) for x in c]
    for i in range(0, n, 3):
        print("\t" + " ".join(x.hex() + "," for x in co[i:i+3]))
    print("};")
def Q(c):
    return lambda t: mp.diff(mp.loggamma, c) if t == 0 else mp.loggamma(c+t)/t
fit("gam", lambda s: mp.gamma(mp.mpf(2.5)+s), mp.mpf(-0.5), mp.mpf(0.5), 2**-62, comment="Gamma(2.5 + s)")
fit("lga", Q(1), mp.mpf(-0.25), mp.mpf(0.25), 2**-62, comment="lgamma(1 + t) / t")
fit("lgm", lambda s: mp.loggamma(mp.mpf(1.5)+s), mp.mpf(-0.25), mp.mpf(0.25), 2**-62, comment="lgamma(1.5 + s)")
fit("lgb", Q(2), mp.mpf(-0.25), mp.mpf(1), 2**-62, comment="lgamma(2 + t) / t")
fit("sinpi_c", lambda z: mp.sinpi(mp.sqrt(z))/mp.sqrt(z) if z > 0 else mp.pi, mp.mpf(0), mp.mpf(1)/16, 2**-62, comment="sin(pi r) / r, z = r^2")
fit("cospi_c", lambda z: mp.cospi(mp.sqrt(z)), mp.mpf(0), mp.mpf(1)/16, 2**-62, comment="cos(pi r), z = r^2")
def lo(v): return float(v - mp.mpf(float(v))).hex()
print("/* 0.5 log 2pi %s %s; log pi %s %s; pi %s %s */" % (float(mp.log(2*mp.pi)/2).hex(), lo(mp.log(2*mp.pi)/2), float(mp.log(mp.pi)).hex(), lo(mp.log(mp.pi)), float(mp.pi).hex(), lo(mp.pi)))
print("static const double stirling[] = {")
for k in range(1, 10):
    b = mp.bernoulli(2*k)/(2*k*(2*k-1))
    print("\t%s,\t/* B%d / (%d * %d) */" % (float(b).hex(), 2*k, 2*k, 2*k-1))
print("};")
