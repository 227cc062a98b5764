# Floor division and modulo with negative operands (ints and floats); divmod consistency.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(f"{a:>3} {b:>3}  //={a // b:>3}  %={a % b:>3}  divmod={divmod(a, b)}  check={q * b + r == a}")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1), (5, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-10 ** 20 // 7, -10 ** 20 % 7, 10 ** 20 // -7)
print(int(-7 / 2), -7 // 2, round(-7 / 2))
print(-0.0 % 5, 0.0 // -1, 5 % -0.5)
