# lambda: defaults, varargs, conditional bodies, immediate calls and use as keys.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, 2, z=3))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-2, 0, 3)])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20, 30])))
print(sq.__name__, (lambda: 0).__name__)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
