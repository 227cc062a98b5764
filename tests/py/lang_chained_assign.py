# Chained assignment, assignment order and evaluation order of operands and arguments.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
def v(tag, val):
    print("eval", tag)
    return val
x = [0, 0, 0]
x[v("index", 1)] = v("value", 9)
print(x)
d = {}
d[v("k1", "a")] = d[v("k2", "b")] = v("rhs", 1)
print(d)
print(v("left", 1) + v("right", 2) * v("third", 3))
def f(*args, **kw):
    return args, kw
print(f(v("p1", 1), v("p2", 2), k=v("kw", 3)))
print({v("key1", 1): v("val1", 2), v("key2", 3): v("val2", 4)})
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
