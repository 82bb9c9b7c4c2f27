#!/usr/bin/env python3
# Coefficients of libc/src/math/erf.c (Chebyshev fits with mpmath): erf_f, erfc_r (the
# table printed last) and erfc_s. Run: python3 gen_erf.py
import mpmath as mp, sys
mp.mp.dps = 50
def fit(name, f, a, b, tol, nmin=4, nmax=40):
    for n in range(nmin, nmax):
        c, err = mp.chebyfit(f, [a, b], n, error=True)
        if err < tol:
            break
    # check with double-rounded coefficients
    cd = [mp.mpf(float(x)) for x in c]
    worst = 0
    for i in range(400):
        x = a + (b - a) * mp.mpf(i) / 399
        p = mp.polyval(cd, x)
        fx = f(x)
        e = abs(p - fx) / max(abs(fx), mp.mpf(10)**-300)
        worst = max(worst, e)
    print("/* %s on [%s, %s]: degree %d, fit error %.2e, with double coefficients %.2e rel */" % (name, mp.nstr(a,6), mp.nstr(b,6), n-1, float(err), float(worst)))
    print("static const double %s[%d] = {" % (name, n))
    co = list(reversed(c))
    for i in range(0, n, 3):
        print("\t" + " ".join(float(x).hex() + "," for x in co[i:i+3]))
    print("};")
    sys.stdout.flush()
    return co
c0 = 2/mp.sqrt(mp.pi)
print("/* c0 = 2/sqrt(pi): hi %s lo %s */" % (float(c0).hex(), float(c0 - mp.mpf(float(c0))).hex()))
def F(z):
    if z == 0: return -c0/3
    x = mp.sqrt(z)
    return (mp.erf(x)/x - c0)/z
fit("erf_f", F, mp.mpf(0), mp.mpf(1), 2**-60)
R = lambda x: mp.exp(x*x)*mp.erfc(x)
edges = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 5, 6, 8]
for a, b in zip(edges, edges[1:]):
    m = mp.mpf(a+b)/2; h = mp.mpf(b-a)/2
    fit("erfc_r_%g" % a, lambda s: R(m+s), -h, h, 2**-59)
S = lambda t: (lambda x: x*R(x))(1/mp.sqrt(t)) if t > 0 else 1/mp.sqrt(mp.pi)
fit("erfc_s", S, mp.mpf(0), mp.mpf(1)/64, 2**-59)
import mpmath as mp
mp.mp.dps = 50
R = lambda x: mp.exp(x*x)*mp.erfc(x)
edges = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 5, 6, 8]
N = 15
worst = 0
print("static const double erfc_r[%d][%d] = {" % (len(edges)-1, N+1))
for a, b in zip(edges, edges[1:]):
    m = mp.mpf(a+b)/2; h = mp.mpf(b-a)/2
    c, err = mp.chebyfit(lambda s: R(m+s), [-h, h], N, error=True)
    c = list(reversed(c))
    worst = max(worst, err/R(b))
    row = [float(c[0]), float(c[0]-mp.mpf(float(c[0])))] + [float(x) for x in c[1:]]
    print("\t{ /* [%g, %g) */" % (a, b))
    for i in range(0, len(row), 3):
        print("\t\t" + " ".join(x.hex() + "," for x in row[i:i+3]))
    print("\t},")
print("};")
print("/* worst fit error %.3g */" % worst)
