# __dict__ and vars() of instances and classes, __class__, type() with three arguments.
class P:
    kind = "p"
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(p.__dict__, vars(p) is p.__dict__, p.__class__ is P, p.__class__.__name__)
p.__dict__["c"] = 3
print(p.c, sorted(vars(p)))
Dyn = type("Dyn", (P,), {"extra": lambda self: "extra " + self.kind, "kind": "dyn"})
d = Dyn()
print(Dyn.__name__, Dyn.__bases__[0].__name__, d.extra(), d.a, isinstance(d, P))
print(type(p) is P, type(P) is type, type(type) is type, type(None).__name__, type(len).__name__)
class S:
    __slots__ = ("x", "y")
s = S()
s.x = 1
try:
    s.z = 2
except AttributeError as e:
    print("AttributeError:", e)
print(s.x, hasattr(s, "__dict__"), hasattr(s, "y"))
