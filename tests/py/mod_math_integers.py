# math helpers used in scripts: isqrt, gcd, comb, factorial on big values, floor/ceil of floats and ints, prod.
import math
print(math.isqrt(2 ** 100), math.isqrt(10 ** 50 - 1), math.isqrt(0), math.isqrt(1))
print(math.factorial(30), math.comb(100, 50), math.perm(10), math.perm(10, 0))
print(math.gcd(2 ** 64, 2 ** 40 * 3), math.lcm(2 ** 10, 3 ** 5), math.gcd(), math.lcm())
print(math.floor(-0.5), math.ceil(-0.5), math.floor(10 ** 20), math.ceil(1e20), math.trunc(1e10 + 0.5))
print(math.prod(range(1, 21)), math.prod([0.5, 4]), math.prod([], start=7))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.fsum([0.1, 0.2, 0.3]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.copysign(1, -0.0), math.inf > 10 ** 300, -math.inf < -(10 ** 300), math.nan != math.nan)
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.comb(5, -1)
except ValueError as e:
    print("ValueError:", e)
