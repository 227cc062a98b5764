# __repr__ vs __str__: print, str(), repr(), f-strings, containers use repr of elements.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
class Named:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return "Named:" + self.n
    def __repr__(self):
        return "<Named " + repr(self.n) + ">"
class OnlyStr:
    def __str__(self):
        return "only str"
p = Point(1, "y")
print(p, str(p), repr(p), [p], {"k": p}, (p,))
n = Named("a")
print(n, str(n), repr(n), [n], f"{n}", f"{n!r}", "%s %r" % (n, n), "{} {!r}".format(n, n))
o = OnlyStr()
print(o, str(o), f"{o}")
print(repr(o).startswith("<__main__.OnlyStr object at "))
print(str(Point), repr(int), repr(Named))
