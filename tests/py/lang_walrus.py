# The walrus operator in conditions, comprehensions and while loops.
data = [1, 5, 8, 3, 12, 7]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
it = iter(data)
total = 0
while (v := next(it, None)) is not None:
    total += v
    print("v", v, "total", total)
values = [(s := s + x) if False else x for x in range(3)] if (s := 0) == 0 else None
print(values, s)
print((z := 10), z + 1)
def f(x):
    return (w := x + 1) * w
print(f(3))
print(any((hit := x) > 6 for x in data), hit)
print(all((miss := x) < 6 for x in data), miss)
