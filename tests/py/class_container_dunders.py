# Container protocol: __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__, __iter__.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, key):
        print("getitem", key)
        if isinstance(key, slice):
            return Bag(*self.items[key])
        return self.items[key]
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.items[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.items[key]
    def __contains__(self, v):
        print("contains", v)
        return v in self.items
    def __iter__(self):
        print("iter")
        return iter(self.items)
    def __repr__(self):
        return f"Bag{tuple(self.items)}"
b = Bag(1, 2, 3, 4)
print(len(b), b[0], b[-1], b[1:3], b[::2])
b[0] = 10
del b[1]
print(b, 3 in b, 7 not in b)
print(list(b), [x * 2 for x in b], sum(b))
x, y, z = b
print(x, y, z)
try:
    b[10]
except IndexError as e:
    print("IndexError:", e)
