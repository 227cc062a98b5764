# Positional-only parameters (/) and their interaction with **kwargs of the same name.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def g(name, /, **kw):
    return name, kw
print(g("pos", name="kw"))
def h(x, y=2, /, z=3):
    return x, y, z
print(h(1), h(1, 5), h(1, 5, 6), h(1, z=0))
print(divmod(7, 2), pow(2, 10), len("abc"))
try:
    len(obj="abc")
except TypeError as e:
    print("TypeError:", e)
