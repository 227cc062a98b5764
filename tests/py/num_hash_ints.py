# hash() of ints, bools and floats equal to ints is deterministic; equal numbers hash equal.
for v in [0, 1, -1, -2, 7, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, True, False]:
    print(v, hash(v))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1e20) == hash(10 ** 20), hash(float("inf")))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len({0, 0.0, False, -0.0}))
