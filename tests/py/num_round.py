# round(): banker's rounding for ints and floats, ndigits positive/negative, float representation effects.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-2.5, 0))
print(round(1234.5678, 1), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, -1), round(123, 1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(3.14159, 3), round(1e20, 2), round(0.1 + 0.2, 15), round(7), round(-0.4))
print(round(10 ** 20 + 5, -1), round(2 ** 70, -5))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
