# throw() with an exception class vs instance, traceback-free; StopIteration/GeneratorExit semantics on return.
def g():
    try:
        yield 1
    except Exception as e:
        print("caught", type(e).__name__, e.args)
        return "returned after catch"
a = g(); next(a)
try:
    a.throw(TypeError)
except StopIteration as s:
    print("StopIteration", s.value)
b = g(); next(b)
try:
    b.throw(TypeError("with arg"))
except StopIteration as s:
    print("StopIteration", s.value)
c = g()
try:
    c.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted generator re-raises", repr(e))
print(list(c))
def gen_exit_return():
    try:
        yield
    except GeneratorExit:
        print("cleanup on close")
        return "ignored"
d = gen_exit_return(); next(d)
print(d.close())
