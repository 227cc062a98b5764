# set operations (on ints, printed sorted where order could vary): union, intersection, difference, symmetric, subset.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(sorted(a.union([9], (10,))), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, {7}.isdisjoint(a), {1}.issubset([1, 2]), a.issuperset({1, 2}))
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.update([5, 6], {7})
s.discard(100)
s.remove(5)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
c = a.copy()
c &= {1, 2, 99}
print(sorted(c), sorted(a))
c |= {8}; c -= {1}; c ^= {2, 3}
print(sorted(c))
print(set("hello") == set("olleh"), len(set("mississippi")), sorted(set("mississippi")))
print({x % 4 for x in range(20)}, set(), set([]) == set(), type({}).__name__)
print(sorted({3, 1, 2}), 2 in {1, 2}, [] == [], set() == frozenset())
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
