# Objects with __call__, bound methods as values, functools.partial of callables.
import functools
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, extra=0):
        return x * self.k + extra
m = Multiplier(3)
print(m(5), m(5, extra=1), callable(m), callable(Multiplier))
class Counter:
    def __init__(self):
        self.n = 0
    def tick(self):
        self.n += 1
        return self.n
c = Counter()
t = c.tick
t(); t()
print(c.n, t.__self__ is c, t.__func__ is Counter.tick, t.__name__)
p = functools.partial(m, extra=100)
print(p(2), p.args, p.keywords)
print(list(map(Multiplier(2), [1, 2, 3])))
print(Counter.tick(c), c.n)
