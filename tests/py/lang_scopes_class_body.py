# Class bodies are not enclosing scopes for methods or comprehensions (except the first iterable).
x = "global"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    z = [x for _ in range(1)]
    w = [i for i in range(3)]
print(C.y, C().m(), C.z, C.w)
def f():
    x = "local f"
    class D:
        print("in D body", x)
        def m(self):
            return x
    return D().m()
print(f())
def g():
    y = 1
    class E:
        y = 2
        def m(self):
            return y
    return E().m(), E.y
print(g())
