# List/set/dict comprehensions and generator expressions, nested and with conditions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print(sorted({c.upper() for c in "hello world" if c != " "}))
print({k: v for k, v in zip("abc", range(3))})
print({x % 3: x for x in range(10)})
g = (x + 1 for x in range(4))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
print([a if a % 2 else -a for a in range(5)])
