# *args and **kwargs: collection, forwarding, unpacking at call sites, ordering of kwargs.
def show(*args, **kwargs):
    print("args", args, "kwargs", kwargs)
show()
show(1, 2, x=3, y=4)
show(*[1, 2], *(3,), **{"b": 2, "a": 1}, c=3)
def fwd(*a, **k):
    return show(0, *a, z=0, **k)
fwd(1, q=2)
def mixed(a, b=0, *rest, key=None, **extra):
    print(a, b, rest, key, extra)
mixed(1)
mixed(1, 2, 3, 4, key="k", other=5)
mixed(b=9, a=8)
try:
    mixed(1, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    mixed()
except TypeError as e:
    print("TypeError:", e)
