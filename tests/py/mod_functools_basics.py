# functools partial/reduce/wraps/cmp_to_key/total_ordering/cached_property.
import functools
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), square.func is power, square.keywords, functools.partial(square, 3)())
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], "init"))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def by_len_then_alpha(a, b):
    return (len(a) - len(b)) or ((a > b) - (a < b))
print(sorted(["ccc", "a", "bb", "aa", "c"], key=functools.cmp_to_key(by_len_then_alpha)))
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(0, 9)]
print(sorted(vs), Version(1, 2) >= Version(1, 1), Version(1) <= Version(1), max(vs))
class Data:
    @functools.cached_property
    def expensive(self):
        print("computing once")
        return 42
d = Data()
print(d.expensive, d.expensive, "expensive" in vars(d))
