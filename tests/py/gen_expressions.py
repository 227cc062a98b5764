# Generator expressions: laziness, single-pass, first iterable evaluated eagerly, use in calls.
def src(n):
    print("src called")
    for i in range(n):
        print("  producing", i)
        yield i
g = (x * 10 for x in src(3))
print("genexp created")
print(next(g))
print(list(g))
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError:
    print("error only when reached")
print(sum(x * x for x in range(4)), max((len(w), w) for w in ["a", "bbb", "cc"]), "-".join(str(i) for i in range(3)))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
