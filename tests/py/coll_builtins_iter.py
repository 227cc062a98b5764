# enumerate/zip/map/filter/reversed/range/any/all/sum/len/iter/next on various inputs.
print(list(enumerate("abc")), list(enumerate("ab", start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip("ab", range(5), strict=False)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(filter(lambda x: x % 2, range(7))))
print(list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(0)), range(5)[-1], len(range(1, 100, 7)))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all(x > 0 for x in [1, -1]))
print(sum([]), sum(range(5)), sum([1.5, 2.5]), sum([[1], [2, 3]], []), sum(range(5), 100), sum([0.1] * 3))
print(len([1, 2]), len("abc"), len({1: 2}), len(range(10)), len(b"xy"), len(set("aab")))
it = iter(range(3))
print(next(it), list(it), next(it, "done"))
r = range(0, 20, 5)
print(r, 15 in r, 16 in r, r.index(10), r.count(5), r[1:3], list(r[::-1]), r == range(0, 16, 5))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, None))
z = zip(*[(1, "a"), (2, "b")])
print(list(z))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")
