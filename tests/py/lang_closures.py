# Closures capture variables (not values); cells are shared between sibling closures.
def adder(n):
    def add(x):
        return x + n
    return add
a5 = adder(5)
print(a5(1), adder(10)(1))
def counters():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(counters())
def late():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(late())
def pair():
    v = []
    def push(a):
        v.append(a)
        return len(v)
    def show():
        return list(v)
    return push, show
push, show = pair()
push("a"); push("b")
print(show())
print(a5.__closure__ is not None, len(a5.__closure__), a5.__closure__[0].cell_contents)
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, lambda x: x * 2, abs)(-21))
