# Augmented assignment on attributes and subscripts evaluates the target expression once; chained comparisons too.
class Box:
    def __init__(self):
        self.v = 1
def trace(tag, value):
    print("eval", tag)
    return value
b = Box()
trace("obj", b).v += 10
print(b.v)
d = {"k": [1]}
trace("dict", d)[trace("key", "k")] += [2]
print(d)
lst = [0, 0, 0]
lst[trace("idx", 1)] -= 5
print(lst)
print(trace("a", 1) < trace("b", 2) < trace("c", 3))
print(trace("x", 5) < trace("y", 1) < trace("z", 9))
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
s = "ab"
s += "c"
s *= 2
print(s)
