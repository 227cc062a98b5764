# int methods and related builtins: bit_length, to/from bytes, as_integer_ratio, conjugate-free, numerator.
n = 100
print(n.bit_length(), n.numerator, n.denominator, n.real, n.as_integer_ratio(), (-n).bit_length())
print(int.__name__, (5).__add__(3), (5).__radd__(3), (5).__neg__(), (7).__floordiv__(2), (7).__mod__(-2))
print(abs(-n), n.__abs__(), (10).__pow__(3), (3).__lt__(4), (3).__eq__("3"))
print(sorted([10, -3, 7, 0, 2 ** 64, -(2 ** 64)]))
print(sum([2 ** 64] * 4), 2 ** 64 * 4 == sum([2 ** 64] * 4))
print(max(range(10 ** 6)), len(range(0, 10 ** 12, 7)), range(0, 10 ** 12, 7)[-1])
print(str(2 ** 64), len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-10:])
print(int(str(3 ** 300)) == 3 ** 300, hex(3 ** 50), int(hex(3 ** 50), 16) == 3 ** 50)
