# range objects: lazy, indexable, sliceable, membership in O(1), negative steps, equality, repr.
r = range(3, 30, 4)
print(r, list(r), len(r), r[0], r[-1], r[2:5], r[::-1], r[::2])
print(11 in r, 12 in r, r.index(27), r.count(7), range(0) == range(5, 5), range(1, 4) == range(1, 5, 3))
print(list(range(5, -5, -3)), list(range(-3)), range(10 ** 20)[-1], len(range(10 ** 6)), 10 ** 19 in range(10 ** 20))
print(range(5), range(1, 5), range(1, 5, 2), repr(range(0, -1, -1)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(sum(range(1, 101)), list(reversed(range(3))), sorted(range(5), reverse=True))
