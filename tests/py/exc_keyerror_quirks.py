# KeyError str() uses repr of the key; other errors use str; edge cases of str(exception).
print(str(KeyError("k")), str(KeyError("")), str(KeyError(1)), str(KeyError(("a", 1))))
print(str(ValueError("k")), str(ValueError("")), str(ValueError(("a", 1))))
print(str(KeyError("a", "b")), str(KeyError()))
try:
    {"a": 1}["b"]
except KeyError as e:
    print(e, "|", e.args[0], "|", repr(e))
try:
    {}[None]
except KeyError as e:
    print(e)
try:
    {}[(1, 2)]
except KeyError as e:
    print(e, e.args)
