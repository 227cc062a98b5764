# str.format: positional, numbered, named, attribute and index access, nested specs, conversions.
print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30), "{0[1]} {0[0]}".format(["x", "y"]))
class P:
    x, y = 3, 4
print("{p.x},{p.y}".format(p=P()), "{d[key]}".format(d={"key": "val"}))
print("{:>{w}}|{:.{p}f}".format("r", 3.14159, w=5, p=2), "{!r} {!s} {!a}".format("q", "q", "é"))
print("{{}} {{{}}}".format("in braces"), "{0:{1}}".format(7, "03"))
data = {"a": 1, "b": 2}
print("{a}+{b}".format(**data), "{}-{}".format(*"xy"), "{0}{0}{0}".format("ab"))
for bad in ["{} {}", "{0} {}", "{x}", "{"]:
    try:
        print(bad.format("only"))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("{:,}".format(1234567), "{:%}".format(0.5), "{:e}".format(12345.678), format("s", "^5"))
print(str.format("{}", 1), "{0!r:>8}".format("hi"), "{:c}".format(97))
