# Tuples: packing, single-element, immutability with mutable elements, methods, comparison, hashing.
t = 1, 2, 3
print(t, type(t).__name__, (1,), (), tuple("ab"), tuple([1]), len(()))
print(t.count(2), t.index(3), t + (4,), t * 2, t[::-1], 2 in t, max(t))
x = ([1], "s")
x[0].append(2)
print(x)
try:
    x[0] = []
except TypeError as e:
    print("TypeError:", e)
try:
    hash(x)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"))
a, b = t[:2]
print(a, b, t.index(2), (1, 2, 1).count(1))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
d = {(1, 2): "pair", (1,): "single"}
print(d[(1, 2)], d[1,], d)
print(tuple(x * 2 for x in t), (*t, *t), repr((1,)), str(("a", 1)))
