# f-string format specs and conversions: !r !s !a, =, nested, dates-free objects with __format__.
v, s, f = 42, "text", 2.5
print(f"{v!r} {s!r} {s!s} {s!a} {'ü'!a} {[s]!s}")
print(f"{v = }", f"{s=}", f"{f=:.3f}", f"{v * 2 = :>6}", f"{ s = }")
print(f"{v:>8}|{v:<8}|{v:^8}|{v:08}|{v:+}|{v:x}|{v:#b}|{v:,}|{-v:_}")
print(f"{s:>8}|{s:<8}|{s:^9}|{s:.2}|{s:*^10.3}")
print(f"{f:.0%}|{f:e}|{f:g}|{f:8.2f}|{f:<8}|")
print(f"{'nested ' + s.upper()}", f"{v if v > 40 else 0}", f"{ {'k': 1}['k'] }", f"{(1, 2)}")
width, prec = 10, 3
print(f"{3.14159265:{width}.{prec}f}|", f"{'x':{'>'}{width}}|")
class T:
    def __format__(self, spec):
        return f"T<{spec}>"
    def __repr__(self):
        return "T()"
print(f"{T()}", f"{T():abc}", f"{T()!r}", f"{T()!r:>6}")
print(f"{None}", f"{True:>5}", f"{None!r:>6}", f"{[1, 2]}", f"{1_000_000:,}")
