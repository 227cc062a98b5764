# __format__, __round__, __setitem__ with tuples, __getitem__ on a mapping-like class, __missing__ in dict subclass.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.cents / 100:,.2f}"
        return format(self.cents, spec)
m = Money(1234567)
print(f"{m:usd}", f"{m:>10}", format(m, "usd"), "{:usd}".format(m))
class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __getitem__(self, pos):
        return self.cells.get(pos, ".")
g = Grid()
g[0, 1] = "X"
g[1, 1] = "O"
for r in range(2):
    print("".join(g[r, c] for c in range(3)))
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2
d = Default(a=1)
print(d["a"], d["zz"], d.get("q", "get skips __missing__"), d)
