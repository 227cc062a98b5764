# Argument binding errors from the interpreter: missing, extra, duplicate, unexpected keyword.
def f(a, b, c=0):
    return a + b + c
cases = [
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, a=1),
    lambda: f(1, 2, d=4),
    lambda: f(),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: k)(),
    lambda: (lambda x, y, z: 0)(1),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)
class K:
    def m(self, x):
        return x
try:
    K().m()
except TypeError as e:
    print("TypeError:", e)
try:
    K().m(1, 2)
except TypeError as e:
    print("TypeError:", e)
