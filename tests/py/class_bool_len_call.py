# __bool__, __len__ fallback, __call__, __contains__ fallback to __iter__, __index__ and __int__.
class Stack:
    def __init__(self):
        self.data = []
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        print("iter used for `in`")
        return iter(self.data)
    def __call__(self, v):
        self.data.append(v)
        return self
s = Stack()
print(bool(s), len(s), "empty" if not s else "full")
s(1)(2)(3)
print(bool(s), len(s), 2 in s, 9 in s)
class Idx:
    def __index__(self):
        return 2
    def __int__(self):
        return 7
    def __float__(self):
        return 1.5
print(["a", "b", "c"][Idx()], "xyz"[Idx():], int(Idx()), float(Idx()), bin(Idx()), hex(Idx()))
print(list(range(Idx())), [0] * Idx())
