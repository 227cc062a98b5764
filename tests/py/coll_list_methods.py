# list methods: append/extend/insert/remove/pop/index/count/reverse/copy/clear, and their return values.
a = [3, 1, 4, 1, 5]
print(a.append(9), a)
a.extend((2, 6)); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "before last"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(1), a.index(5), a.count(1), a.count(42))
print(a.index(4, 1, 5))
b = a.copy(); b.reverse(); print(b, a[:2])
b.clear(); print(b, len(b))
c = [[0]] * 3
c[0].append(1)
print(c)
d = [[0] for _ in range(3)]
d[0].append(1)
print(d)
print([1, 2] + [3], [0] * 4, [1, 2] * 0, [1, [2, [3]]] == [1, [2, [3]]], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print(list(), list("hi"), list(range(3)), list({"a": 1, "b": 2}), list((1, 2)))
try:
    a.index("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
