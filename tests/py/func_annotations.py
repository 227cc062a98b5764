# Annotations are stored, not enforced; defaults and annotations coexist.
def f(a: int, b: str = "x", *args: float, c: bool = False, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f("not int", 2))
print(f.__annotations__)
x: int = 5
y: list
print(x, __annotations__)
class P:
    name: str
    age: int = 0
print(P.__annotations__, P.age, hasattr(P, "name"))
def g() -> None: pass
print(g.__annotations__)
