# Mixing bool/int/float in arithmetic and comparisons; abs, divmod, true division results.
print(True + 1, True * 2.5, False ** 0, True / 2, -True, abs(-True), type(True + True).__name__)
print(3 / 1, 3 // 1.0, 3 % 2.0, 2 ** 2.0, 4 ** -0.5, abs(-3), abs(-3.5), abs(-0.0))
print(1 < 1.5 < 2, 2 == 2.0, 10 ** 20 < 1e21, 2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63)
print(int(3.99), int(-3.99), float(7), float(True), bool(0.0), bool(-0.0), bool(1e-300))
print(divmod(10, 3), divmod(-10, 3), divmod(10.5, 3), divmod(True, 2))
print(sum([1, 2.5, True]), max(True, 0.5), min(-1, -1.0), 5 - 2.0, 0.1 + 1)
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(1e3 == 1000, int("1" * 20) + 0.0, 7 // 2.0, -7 // 2.0)
