#!/usr/bin/env python3
# The table lgz of libc/src/math/gamma.c: the zeros of lgamma below -2 that doubles
# come near and the Taylor series of lgamma there. Run: python3 gen_lgamma_zeros.py
import mpmath as mp
mp.mp.dps = 80
f = lambda x: mp.log(abs(mp.gamma(x)))
zeros = []
for n in range(2, 24):
    a, b = mp.mpf(-n-1), mp.mpf(-n)
    xm = mp.findroot(lambda x: mp.digamma(x), (a + mp.mpf('1e-40'), b - mp.mpf('1e-40')), solver='anderson')
    for lo, hi in ((a + mp.mpf(10)**-60, xm), (xm, b - mp.mpf(10)**-60)):
        z = mp.findroot(f, (lo, hi), solver='anderson')
        zeros.append(z)
out = []
for z in zeros:
    zh = float(z); zl = float(z - mp.mpf(zh))
    psi = mp.digamma(z)
    pole = min(abs(z - mp.floor(z)), abs(z - mp.ceil(z)))
    delta = min(mp.mpf(1)/8/abs(psi), pole/6)
    ulp = mp.mpf(2)**(mp.floor(mp.log(abs(zh), 2)) - 52)
    # the doubles next to z: does any lie within delta with a tiny lgamma? always true if delta > ulp/2
    cands = [mp.mpf(zh) + k * ulp for k in (-1, 0, 1)]
    if not any(c != mp.floor(c) and abs(c - z) <= delta for c in cands): continue
    # Taylor coefficients c_i = psi^(i-1)(z) / i!
    cs = []
    D = 1
    while True:
        c = mp.polygamma(D-1, z) / mp.factorial(D)
        cs.append(c)
        if D > 2 and abs(c) * delta**(D-1) / abs(cs[0]) < 2**-58: break
        D += 1
    out.append((z, zh, zl, delta, cs, pole))

W = 27
byk = {}
for z, zh, zl, delta, cs, pole in out:
    k = int(-mp.floor(z)) - 1
    byk.setdefault(k, []).append((z, zh, zl, delta, cs))
ks = sorted(byk)
assert ks == list(range(2, ks[-1] + 1)), ks
print("/* The zeros of lgamma below -2 that doubles can come near: for each interval")
print(" * (-k - 1, -k), k = 2 .. %d, two (or none): z (hi, lo), the radius used, then the" % ks[-1])
print(" * Taylor coefficients of lgamma at z, lgamma^(i)(z) / i!, i = 1 .. (the first in")
print(" * double-double), from mpmath's polygamma. */")
print("static const double lgz[%d][2][%d] = {" % (len(ks), W))
maxd = 0
for k in ks:
    zs = sorted(byk[k], key=lambda r: r[0])
    print("\t{ /* (%d, %d) */" % (-k-1, -k))
    for z, zh, zl, delta, cs in zs:
        c1 = cs[0]
        row = [zh, zl, float(delta), float(c1), float(c1 - mp.mpf(float(c1)))] + [float(c) for c in cs[1:]]
        maxd = max(maxd, len(cs))
        assert len(row) <= W, len(row)
        print("\t\t{ /* %s */" % mp.nstr(z, 17))
        for i in range(0, len(row), 3):
            print("\t\t\t" + " ".join(x.hex() + "," for x in row[i:i+3]))
        print("\t\t},")
    print("\t},")
print("};")
print("/* max degree %d */" % maxd)
