# The iterator protocol: __iter__/__next__, iter() with a sentinel, exhausted iterators.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
for v in Countdown(2):
    print("for", v)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
vals = iter([5, 4, 0, 3])
print(list(iter(lambda: next(vals), 0)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(iter(Seq())))
print(iter(it) is it, type(iter("ab")).__name__, type(iter(range(2))).__name__)
