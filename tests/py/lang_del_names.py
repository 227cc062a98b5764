# del of names, attributes and items, and the NameError/AttributeError that follow.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), o.b, sorted(vars(o)))
try:
    del o.a
except AttributeError as e:
    print("AttributeError:", e)
lst = [1, 2, 3, 4]
del lst[1], lst[-1]
print(lst)
d = {"k": 1, "j": 2}
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir(), "d" in dir())
