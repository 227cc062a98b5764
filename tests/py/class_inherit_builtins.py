# Subclassing builtins: list, dict, str, int; overridden methods and what builtins bypass.
class MyList(list):
    def append(self, v):
        print("append", v)
        super().append(v * 10)
l = MyList([1, 2])
l.append(3)
l.extend([4])
print(l, len(l), type(l).__name__, isinstance(l, list), type(l + [5]).__name__)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u.shout(), u + "x", type(u + "x").__name__, u == "hey", len(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Pos(-5)
print(p, p + 1, type(p).__name__, type(p + 1).__name__)
class Odict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, str(v))
o = Odict()
o["a"] = 1
o.update(b=2)
print(o)
