# Messages of errors raised by builtin operations.
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [][0],
    lambda: (1,)[5],
    lambda: "abc"[10],
    lambda: {}["k"],
    lambda: {"a": 1}[("t", 1)],
    lambda: int("12x"),
    lambda: int("9", 8),
    lambda: float("abc"),
    lambda: None + 1,
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [] * 1.5,
    lambda: len(5),
    lambda: undefined_name,
    lambda: None.attr,
    lambda: (1).nope,
    lambda: [].remove(3),
    lambda: [1].index(2),
    lambda: "abc".index("z"),
    lambda: {}.pop("x"),
    lambda: set().pop(),
    lambda: [].pop(),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: hash([]),
    lambda: int(None),
    lambda: chr(-1),
    lambda: "x" * "y",
    lambda: 2 ** -1 % 0,
    lambda: ().__setitem__,
    lambda: object().x,
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
