# int() from strings in bases 2..36 and base 0, with signs, underscores, whitespace; formatting back.
print(int("42"), int("  -17 "), int("+5"), int("1_000"), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Zz", 36), int("777", 8), int("1010", 2), int("10", 3))
print(int("12", base=5), int(b"42"), int(" 7\n"), int(True), int(-3.99))
for bad in ["", "1.5", "0x10", "1__0", "_1", "12 3"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("010", 0)
except ValueError as e:
    print("ValueError:", e)
print(bin(10), oct(10), hex(10), format(10, "b"), format(255, "X"), format(-255, "#x"))
print(str(-0), repr(10 ** 20), str(True), int("-" + "9" * 30) + 1)
