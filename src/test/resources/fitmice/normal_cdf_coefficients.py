"""Prints the Chebyshev tables of org.iblrnn.fitmice.classical.NormalCdf.

erfcx(x) = exp(x^2) erfc(x) is interpolated on [0, 8] in 16 pieces of width 0.5, each by its degree-13
Chebyshev interpolant (first-kind nodes), computed at 50 significant digits with mpmath and rounded to double.
The largest relative error of the rounded interpolants on [0, 8] is about 2e-16 (checked below on 200 points per
piece). Beyond x = 8 NormalCdf uses the continued fraction of erfc, which needs no table.

Run: python3 normal_cdf_coefficients.py   (needs mpmath and numpy)
"""
import mpmath as mp
import numpy as np

mp.mp.dps = 50
WIDTH = mp.mpf(1) / 2
PIECES = 16
DEGREE = 13


def erfcx(x):
    x = mp.mpf(x)
    return mp.exp(x * x) * mp.erfc(x)


def chebyshev(a, b):
    n = DEGREE + 1
    nodes = [mp.cos(mp.pi * (k + mp.mpf(1) / 2) / n) for k in range(n)]
    values = [erfcx((b - a) / 2 * t + (a + b) / 2) for t in nodes]
    c = [2 * mp.fsum(values[k] * mp.cos(mp.pi * j * (k + mp.mpf(1) / 2) / n) for k in range(n)) / n
         for j in range(n)]
    c[0] /= 2
    return [float(v) for v in c]


def clenshaw(c, t):
    b1 = b2 = 0.0
    for cj in reversed(c[1:]):
        b1, b2 = 2 * t * b1 - b2 + cj, b1
    return t * b1 - b2 + c[0]


worst = 0.0
rows = []
for i in range(PIECES):
    a, b = i * WIDTH, (i + 1) * WIDTH
    c = chebyshev(a, b)
    rows.append(c)
    for x in np.linspace(float(a), float(b), 200):
        ref = erfcx(x)
        worst = max(worst, abs(float((clenshaw(c, (2 * x - float(a + b)) / float(b - a)) - ref) / ref)))
print("// largest relative error on [0, 8]: %.2e" % worst)
print("private static final double[][] ERFCX = {")
for c in rows:
    print("    {" + ", ".join(repr(v) for v in c) + "},")
print("};")
