# Exceptions propagating out of comprehensions, lambdas, sort keys, map and generator consumers.
def risky(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x
try:
    print([risky(x) for x in range(5)])
except ValueError as e:
    print("listcomp:", e)
try:
    sorted([3, 1, 2], key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("sort key:", e)
m = map(risky, range(5))
print(next(m), next(m), next(m))
try:
    next(m)
except ValueError as e:
    print("map:", e)
print(next(m))
try:
    sum(risky(x) for x in range(10))
except ValueError as e:
    print("genexp:", e)
try:
    {k: 1 / k for k in [1, 0]}
except ZeroDivisionError as e:
    print("dictcomp:", e)
