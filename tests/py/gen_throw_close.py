# generator.throw() and close(): exceptions at the yield point, finally blocks, GeneratorExit.
def worker():
    try:
        while True:
            try:
                v = yield "ready"
                print("worker got", v)
            except ValueError as e:
                print("worker handled", repr(e))
                yield "recovered"
    finally:
        print("worker cleanup")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad")))
print(next(w))
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("closed generator raises StopIteration")
def unhandled():
    yield 1
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def not_started():
    print("never runs")
    yield
not_started().close()
print("closing an unstarted generator runs nothing")
