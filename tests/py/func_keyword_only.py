# Keyword-only parameters after * and after *args, with and without defaults.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=2))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(*args, sep="-"):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep="+"))
def h(*, x, y):
    return x - y
print(h(y=1, x=5))
try:
    h(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, b=2, d=4)
except TypeError as e:
    print("TypeError:", e)
