# yield from: delegation, return value of subgenerator, send/throw forwarded to the subgenerator.
def sub():
    x = yield "sub-1"
    print("sub received", x)
    y = yield "sub-2"
    print("sub received", y)
    return "sub-result"
def outer():
    result = yield from sub()
    print("outer got", result)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (9,))))
def catcher():
    try:
        yield 1
    except ValueError:
        yield "caught in sub"
def delegator():
    yield from catcher()
d = delegator()
next(d)
print(d.throw(ValueError))
def ret_only():
    return 5
    yield
def use():
    v = yield from ret_only()
    yield v
print(list(use()))
