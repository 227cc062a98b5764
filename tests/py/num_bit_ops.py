# Bitwise operators on positive, negative and big ints; bit_length, bit_count, shifts.
vals = [0, 1, 5, -1, -6, 255, 2 ** 70 + 3, -(2 ** 70)]
for v in vals:
    print(v, ~v, v & 0xF, v | 0x10, v ^ 0b1010, v << 3, v >> 2, v.bit_length())
print((-1) >> 100, 1 >> 100, (-5) >> 1, -5 // 2)
print((0b1011).bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count())
print(bin(-10), oct(-8), hex(-255), bin(0), hex(2 ** 64))
print(12 & -12, 6 | -8, -3 ^ 5, True & False, True | False, True ^ True, type(True & True).__name__)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
