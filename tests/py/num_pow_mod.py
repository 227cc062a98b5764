# pow with two and three arguments, negative exponents, modular inverse and large moduli.
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0), pow(2.0, 3), pow(4, 0.5))
print(pow(3, 200, 1000), pow(7, 123456789, 10 ** 9 + 7), pow(5, 0, 1), pow(2, 10, 1))
print(pow(3, -1, 7), pow(38, -1, 97), (pow(38, -1, 97) * 38) % 97)
print(pow(-3, 3, 5), pow(3, 3, -5), pow(2, 100, 2 ** 61 - 1))
print(2 ** 0.5, 10 ** -3, (-2) ** -2)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
