# str/repr of numbers inside containers and f-strings; float('...') parsing edge cases.
nums = [0, -0, 0.0, -0.0, 1.0, 1e-9, 12345678.9, 1e21, 1.5e300, True]
print(nums)
print([str(n) for n in nums])
print(f"{nums[4]} {nums[5]!r} {nums[7]}")
for s in ["1.0", " 2.50 ", "1e3", "-1E-3", ".5e1", "1_000.000_1", "1e+308", "4.9e-324", "2e-324"]:
    print(repr(s), float(s))
for bad in ["1e", "e3", "1..2", "", "1_", "0x1p3"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
