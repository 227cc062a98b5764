# Tuple/list unpacking: nested targets, starred targets, swaps, unpacking in for loops.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
p, *q = (1,)
print(p, q)
[m, [n, *o]] = [1, [2, 3, 4]]
print(m, n, o)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
print(*[1, 2], *"ab", *range(2))
print([*range(3), *(4, 5)], (*"xy",), {*[1, 1, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
