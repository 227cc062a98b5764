# Default equality is identity; __eq__ without __ne__ still gives !=; reflected __eq__ order.
class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("B.__eq__")
        return True
a, b = A(), B()
print(a == b)
print(b == a)
print(a != b)
print(a == a)
class Sub(B):
    def __eq__(self, other):
        print("Sub.__eq__")
        return False
print(B() == Sub())
print([1, 2] == [1, 2], (1, [2]) == (1, [2]), {"a": 1} == {"a": 1.0}, 1 == 1.0 == True)
x = float("nan")
print(x == x, [x] == [x], x in [x])
