# Numeric literals: underscores, bases, exponents, complex-free floats, large ints.
print(1_000_000, 0x_ff, 0o17, 0b1010, 0XAB, 0B11, 0O7)
print(1e3, 1E-3, 1_0.5_0, .5, 5., 0e0, 1e22, 1e16, 1e15, 123456789012345678)
print(10 ** 30, -0, -0.0, 0.1 + 0.2, 1 / 3)
print(type(1e3).__name__, type(10 ** 30).__name__, type(True).__name__)
print(0xFFFF_FFFF_FFFF_FFFF_FFFF + 1)
print(float("inf"), float("-inf"), float("nan"), 1e309, -1e309)
