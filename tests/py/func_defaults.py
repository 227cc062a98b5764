# Default arguments: evaluated once at def time, mutable default pitfall, None idiom.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"))
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2), append(3, []))
def append2(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append2(1), append2(2))
k = 10
def f(v=k):
    return v
k = 20
print(f(), f.__defaults__)
def g(a, b=2, *, c=3, d):
    return a, b, c, d
print(g(1, d=4), g.__defaults__, g.__kwdefaults__)
