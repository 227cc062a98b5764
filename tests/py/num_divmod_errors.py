# Division-related errors and edge cases: zero divisors, overflow on int->float, huge true division.
for a, b in [(1, 0), (1.0, 0), (0, 0.0), (10 ** 400, 1)]:
    for op, f in [("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y)]:
        try:
            r = f(a, b)
            print(op, "ok", r if not isinstance(r, int) or r < 10 ** 10 else "big")
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
        except OverflowError as e:
            print(op, "OverflowError:", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399), 1 / 10 ** 400)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
