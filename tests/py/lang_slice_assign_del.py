# Slice assignment (growing, shrinking, extended) and del of items and slices.
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:1] = [100, 101]
print(a)
a[:3] = []
print(a)
a[::2] = "ABCD"[: len(a[::2])]
print(a)
del a[0]
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
b = [0, 1, 2, 3, 4, 5]
b[1:5:2] = (9, 9)
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b[len(b):] = [6, 7]
print(b)
b[-1:] = []
print(b)
c = [1, 2, 3]
c[:] = c + c
print(c)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
