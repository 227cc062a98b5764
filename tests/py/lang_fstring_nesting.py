# f-strings: nested fields, expressions, quotes, braces escaping, self-documenting =.
name, n, pi = "Ada", 42, 3.14159
print(f"{name!r} has {n} items, {n * 2 = }, {pi:.{n // 20}f}")
width = 8
print(f"[{name:>{width}}] [{name:^{width}}] [{name:*<{width}}]")
print(f"{{literal}} {{{n}}}")
print(f"{'quoted'} {['list', 'of'][1]} {dict(a=1)['a']}")
print(f"{n=}, {name=!s}, {pi=:.2f}, {n + 1=}")
print(f"{n:#x} {n:#o} {n:#b} {n:08.3f} {n:+d} {-n: d}")
print(f"{3 if n > 40 else 4}", f"{(lambda x: x * 2)(3)}")
print(f"""{name
}""", f"{'a' 'b'}")
items = [1, 2, 3]
print(f"{len(items)} items: {', '.join(map(str, items))}")
print(f"{n!a} {'é'!a} {'x'!r:>5}")
