# with: __enter__/__exit__ order, as-target, exception suppression, multiple managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", suppress=True):
    raise KeyError("k")
print("after suppressed")
try:
    with CM("outer"), CM("inner", suppress=False):
        raise ValueError("boom")
except ValueError as e:
    print("caught", repr(e))
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
with (CM("p1") as p1,
      CM("p2") as p2):
    print(p1, p2)
