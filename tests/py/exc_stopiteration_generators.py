# StopIteration inside a generator becomes RuntimeError (PEP 479); return value carried by StopIteration.
def gen():
    yield 1
    raise StopIteration("leak")
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def ret():
    yield "x"
    return "the value"
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again, value", e.value)
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print("RuntimeError:", e)
