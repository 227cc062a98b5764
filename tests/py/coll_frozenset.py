# frozenset: hashable, usable as dict keys and set members, operations return frozensets.
f = frozenset([3, 1, 2, 3])
print(len(f), sorted(f), 2 in f, type(f | {9}).__name__, type({9} | f).__name__)
d = {f: "key works", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
print(f == {1, 2, 3}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(f & {1, 5}), sorted(f - {1}), f.issubset(range(5)), frozenset("ab") == frozenset("ba"))
print(repr(frozenset()), repr(frozenset({1})), repr(set()), repr({1}))
