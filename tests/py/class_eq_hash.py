# __eq__ and __hash__: defining __eq__ removes hashing; __hash__ used by sets and dicts.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        print("eq", self.x, getattr(other, "x", other))
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x
class H(P):
    def __hash__(self):
        return hash(self.x)
print(P(1) == P(1), P(1) != P(2), P(1) == 1)
print(P.__hash__)
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
s = {H(1), H(2)}
print(len(s))
print(H(1) in s)
d = {H(3): "three"}
print(d[H(3)])
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain(), hash(a) == hash(a))
print(hash(1), hash(-1), hash(10 ** 20), hash(True), hash(1.0), hash(0.5), hash(-2))
