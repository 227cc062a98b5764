# Decorators: plain, with arguments, stacked (application order), on methods, functools.wraps.
import functools
def trace(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        print("call", f.__name__, a, k)
        r = f(*a, **k)
        print("ret", f.__name__, r)
        return r
    return wrapper
def repeat(n):
    print("repeat factory", n)
    def deco(f):
        print("decorating", f.__name__)
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@trace
def add(a, b=1):
    """Add numbers."""
    return a + b
add(2, b=3)
print(add.__name__, add.__doc__, add.__wrapped__(1))
@repeat(2)
@trace
def hello(x):
    return "hi " + x
print(hello("bob"))
def tag(label):
    def deco(f):
        print("apply", label)
        return f
    return deco
@tag("outer")
@tag("inner")
def nothing():
    pass
class C:
    def __repr__(self):
        return "C()"
    @trace
    def method(self, v):
        return v * 2
print(C().method(21))
