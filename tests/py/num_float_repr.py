# CPython's shortest-repr floats: many values, exponents, switchover to scientific notation.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e15, 1e16, 1e17, 1.5e-4, 1e-4, 1e-5, 0.0001234,
        123456789.123, 1e22, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, -0.0, 3.14159,
        2.675, 1.1 * 1.1, 0.3 - 0.1, 1e-7, 9007199254740993.0, 4.35, 0.5, 1e100, 12345678901234567890.0,
        float(2 ** 53), float(2 ** 53 + 1), 1.0000000000000002, 0.9999999999999999, 100.5, 1e5, 1e6]
for v in vals:
    print(repr(v), str(v))
print(float("1e500"), float("-inf"), float("nan"), float(" 3.25 "), float("1_0.5"), float("-.5"))
print(float("Infinity"), float("iNF"), float("-NaN"), 1e308 * 10, -1e308 * 10)
print([1.5, 2.25], (0.1,), {"f": 1e-10})
