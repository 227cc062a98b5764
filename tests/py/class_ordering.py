# Rich comparisons: __lt__ and friends, reflected operands, NotImplemented, sorting with __lt__.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __lt__(self, other):
        print(f"  {self!r}.__lt__({other!r})")
        if isinstance(other, V):
            return self.v < other.v
        return NotImplemented
    def __eq__(self, other):
        return isinstance(other, V) and self.v == other.v
print(sorted([V(3), V(1), V(2)]))
print(V(1) < V(2))
print(V(5) > V(2))
print(min(V(4), V(2)), max([V(1), V(9), V(3)]))
try:
    V(1) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError:", e)
print(V(1) == V(1), V(1) != V(1), V(1) == "x")
