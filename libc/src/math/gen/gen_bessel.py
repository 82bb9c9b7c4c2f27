#!/usr/bin/env python3
# Coefficients of libc/src/math/bessel.c: Chebyshev fits (mpmath) of J0, J1, Y0, Y1 on
# [0, 8] and of the Hankel amplitudes P, Q above 8. Run: python3 gen_bessel.py
import mpmath as mp
mp.mp.dps = 50
TOL = 2**-60

def fit(f, a, b, tol=TOL, nmin=4, nmax=40):
    scale = max(abs(f(a + (b - a) * i / 16)) for i in range(17))
    for n in range(nmin, nmax):
        c, err = mp.chebyfit(f, [a, b], n, error=True)
        if err < tol * scale: break
    return [float(x) for x in reversed(c)], n, err

def emit(name, rows, W):
    print("static const double %s[%d][%d] = {" % (name, len(rows), W))
    for r in rows:
        r = r + [0.0] * (W - len(r))
        print("\t{")
        for i in range(0, W, 3):
            print("\t\t" + " ".join(x.hex() + "," for x in r[i:i+3]))
        print("\t},")
    print("};")

J = [lambda x: mp.besselj(0, x), lambda x: mp.besselj(1, x)]
Y = [lambda x: mp.bessely(0, x), lambda x: mp.bessely(1, x)]
W = 0
out = {}
# [0, 2]: J0 = A(z), J1 = x A(z); Y0 = 2/pi log(x) J0 + B(z), Y1 = 2/pi (log(x) J1 - 1/x) + x B(z); z = x^2 in [0, 4]
def sm(f, odd):
    return lambda z: (f(mp.sqrt(z)) / (mp.sqrt(z) if odd else 1)) if z > 0 else (mp.mpf(0.5) if odd else mp.mpf(1))
out["j0s"] = fit(sm(J[0], 0), 0, 4)
out["j1s"] = fit(sm(J[1], 1), 0, 4)
def y0s(z):
    if z == 0: return 2 / mp.pi * (mp.euler - mp.log(2))
    x = mp.sqrt(z); return Y[0](x) - 2 / mp.pi * mp.log(x) * J[0](x)
def y1s(z):
    if z == 0: return (2 * mp.euler - 2 * mp.log(2) - 1) / (2 * mp.pi)
    x = mp.sqrt(z); return (Y[1](x) - 2 / mp.pi * (mp.log(x) * J[1](x) - 1 / x)) / x
out["y0s"] = fit(y0s, 0, 4)
out["y1s"] = fit(y1s, 0, 4)
for k in (0, 1):
    for nm, F in (("j", J[k]), ("y", Y[k])):
        rows = []
        for a in range(2, 8):
            m = mp.mpf(a) + 0.5
            c, n, err = fit(lambda s: F(m + s), mp.mpf(-0.5), mp.mpf(0.5))
            rows.append(c)
        out["%s%dm" % (nm, k)] = rows
# x >= 8: P(t), x Q(t), t = 1/x^2 in [0, 1/64]
def PQ(k):
    def P(t):
        if t == 0: return mp.mpf(1)
        x = 1 / mp.sqrt(t); chi = x - (2 * k + 1) * mp.pi / 4
        return mp.sqrt(mp.pi * x / 2) * (J[k](x) * mp.cos(chi) + Y[k](x) * mp.sin(chi))
    def Q(t):
        if t == 0: return (4 * k * k - 1) / mp.mpf(8)
        x = 1 / mp.sqrt(t); chi = x - (2 * k + 1) * mp.pi / 4
        return x * mp.sqrt(mp.pi * x / 2) * (-J[k](x) * mp.sin(chi) + Y[k](x) * mp.cos(chi))
    return P, Q
for k in (0, 1):
    P, Q = PQ(k)
    out["p%d" % k] = fit(P, 0, mp.mpf(1) / 64)
    out["q%d" % k] = fit(Q, 0, mp.mpf(1) / 64)
for name, v in out.items():
    if isinstance(v, tuple):
        c, n, err = v
        print("/* %s: degree %d, fit error %.2g */" % (name, n - 1, float(err)))
        print("static const double %s[%d] = {" % (name, n))
        for i in range(0, n, 3):
            print("\t" + " ".join(x.hex() + "," for x in c[i:i+3]))
        print("};")
    else:
        W = max(len(r) for r in v)
        print("/* %s: on [a, a + 1], a = 2 .. 7, in x - a - 1/2 */" % name)
        emit(name, v, W)
