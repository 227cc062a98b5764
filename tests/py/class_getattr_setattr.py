# __getattr__ (fallback only), __setattr__, __delattr__ and the getattr/setattr/hasattr/delattr builtins.
class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_y"))
print(hasattr(d, "nope"), getattr(d, "nope", "default"))
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
l = Logged()
l.a = 5
setattr(l, "b", "s")
print(l.a, l.b, vars(l))
delattr(l, "a")
print(hasattr(l, "a"))
try:
    getattr(l, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
