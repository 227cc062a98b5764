# Deep equality and ordering of nested containers; containers of floats nan/inf; identity shortcut.
print([1, [2, {3: (4, 5)}]] == [1, [2, {3: (4, 5)}]], {"a": [1, {2}]} == {"a": [1, {2}]})
print((1, 2) == [1, 2], [1, 2] == list((1, 2)), {1: 2} == {1: 2.0}, {1, 2} == frozenset({2, 1}))
print([[1, 2], [1, 3]] < [[1, 2], [1, 4]], [1, [2]] < [1, [3]], (1, (2, 3)) > (1, (2,)))
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], l.count(nan), nan in l, l.index(nan))
print([] == (), [] == [], {} == {}, () == (), "" == b"", 0 == 0.0 == False)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print("TypeError:", e)
print(max([[1, 2], [1, 2, 0], [0, 9]]), min([(2, "b"), (2, "a")]))
