# Float arithmetic: rounding error, inf/nan propagation, comparisons, int/float mixing, is_integer.
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 0.1 * 3, 1.1 + 2.2)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 10 ** 400, nan == nan, nan != nan, nan < 1)
print(1 / 3 * 3, 2 / 3 + 1 / 3, 10 / 3, -10 / 3, 1e16 + 1, 1e16 + 2)
print(7 / 2, 8 / 2, type(8 / 2).__name__, 3 * 1.0, 2 ** 0.5 * 2 ** 0.5)
print((2.5).is_integer(), (3.0).is_integer(), (2.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.1 == 1 / 10, 1 == 1.0, hash(2.0) == hash(2))
print(max(1, 2.0), min(1, 1.0), max(1.0, 1), sorted([2, 1.5, -0.0, 0]))
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print(inf // 1, inf % 2, divmod(7.0, 2), 7.0 % 2.5, -7.0 % 2.5)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
