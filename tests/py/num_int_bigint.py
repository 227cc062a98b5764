# Arbitrary-precision ints: big products, powers, factorials, negative bigs, conversions.
a = 2 ** 100
print(a, a - 1, -a, a * a)
print(3 ** 200)
f = 1
for i in range(1, 41):
    f *= i
print(f, len(str(f)))
print(f // 10 ** 20, f % 10 ** 20, divmod(f, 999999937))
b = -(10 ** 25) + 7
print(b // 3, b % 3, b // -3, b % -3)
print(abs(b), int(str(b)) == b, -b > a, b < 0)
print(123456789 ** 5, (2 ** 64 - 1) * (2 ** 64 + 1) == 2 ** 128 - 1)
print(10 ** 18 + 1, 9_999_999_999_999_999_999 + 1)
print((2 ** 200) >> 190, 1 << 130, (1 << 130) | 5, (2 ** 70) & (2 ** 70 - 1))
print(float(2 ** 60), int(1e20), int(-2.9), int(2.9), 2 ** 1000 > 1e300)
print(sum(range(10 ** 6)), max(2 ** 65, 3 ** 40), min(-2 ** 65, -3 ** 40))
