# return value in StopIteration.value, from next(), from for loops (lost) and from yield from.
def g():
    yield 1
    return "done"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)
print([x for x in g()])
def collect():
    r = yield from g()
    print("yield from returned", r)
    return r * 2
c = collect()
print(list(c))
def nothing():
    return
    yield
try:
    next(nothing())
except StopIteration as e:
    print("empty return value:", e.value)
def returns_tuple():
    yield
    return (1, 2)
r = returns_tuple()
next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, e.args)
