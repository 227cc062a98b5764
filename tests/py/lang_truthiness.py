# Truth values of builtins and of objects defining __bool__ / __len__.
vals = [0, 1, -1, 0.0, 0.5, "", "0", [], [0], (), {}, {0: 0}, set(), None, b"", b"\0", range(0), range(1)]
print([bool(v) for v in vals])
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v
class L:
    def __len__(self):
        print("__len__ called")
        return 0
class Plain:
    pass
print(bool(B(True)), bool(L()), bool(Plain()))
if not L():
    print("L is falsy")
print(B(False) or "fallback")
x = B(True) and "second"
print(x)
try:
    bool(B(1))
except TypeError as e:
    print("TypeError:", e)
