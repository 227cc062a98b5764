# Integer formatting: width, fill, alignment, sign, grouping, bases with #, zero padding, c, n-free.
n = 1234567
print(f"{n:,}|{n:_}|{n:>12,}|{n:<12}|{n:^12}|{n:012}|{-n:012}|{n:+}|{n: }")
print(f"{255:x}|{255:X}|{255:#x}|{255:#X}|{255:o}|{255:#o}|{255:b}|{255:#b}|{255:#010b}|{0xABCDEF:_x}")
print(f"{65:c}|{9731:c}|{-5:x}|{-5:#b}|{10:*^9}|{10:=+6}|{-10:=6}|{0:+}")
print(f"{n:.2f}|{n:e}|{n:g}|{5:%}|{n:,.1f}")
print(format(42), format(42, "5"), format(-42, "<6"), format(True, "d"), format(True), f"{True:>6}")
print("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%#x|%#o|%c" % (42, 42, 42, 42, 42, 255, 255, 8, 255, 8, 65))
print("%i %u %d" % (3, 4, 5.9), "%s" % 7, "%r" % 7, "%3s|%-3s|" % (1, 2))
try:
    f"{n:s}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{1.5:d}"
except ValueError as e:
    print("ValueError:", e)
