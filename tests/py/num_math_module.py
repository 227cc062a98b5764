# math: exact functions (floor/ceil/trunc/gcd/lcm/isqrt/factorial/comb/perm/prod/fsum) and well-defined float ones.
import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), type(math.floor(2.5)).__name__)
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.isqrt(99), math.isqrt(10 ** 40), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.comb(50, 25))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.sqrt(2), math.sqrt(16), math.pi, math.e, math.tau, math.inf, math.nan)
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isclose(0.1 + 0.2, 0.3))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 2), -7 % 2, math.hypot(3, 4), math.dist((0, 0), (6, 8)))
print(math.log(1), round(math.log(8, 2), 12), math.log2(1024), math.log10(1000), math.exp(0), math.pow(2, 10))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 12), round(math.atan2(1, 1) * 4, 12))
print(math.degrees(math.pi), math.radians(180), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(round(math.exp(1), 10), round(math.log(10), 10), math.floor(math.log10(12345)))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
