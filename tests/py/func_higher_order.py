# Functions as values: attributes, passing, returning, map/filter with named functions.
def square(x):
    """Return x squared."""
    return x * x
f = square
print(f(4), f.__name__, f.__doc__, callable(f), callable(4))
square.calls = 0
print(square.calls, hasattr(square, "calls"))
def apply_twice(g, v):
    return g(g(v))
print(apply_twice(square, 3), apply_twice(str.upper, "ab"), apply_twice(lambda s: s + "!", "x"))
print(list(map(square, range(5))), list(filter(None, [0, 1, "", "a", None, []])))
table = {name: fn for name, fn in [("sq", square), ("neg", lambda x: -x), ("abs", abs)]}
print({k: v(-3) for k, v in table.items()})
def make_ops():
    return [lambda x, n=n: x + n for n in range(3)]
print([op(10) for op in make_ops()])
print(square.__code__.co_argcount, square.__defaults__, type(square).__name__)
