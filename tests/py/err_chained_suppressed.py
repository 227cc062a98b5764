# `raise ... from None` hides the context: only the last traceback is printed.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"unknown key {k}") from None
print(lookup({"x": 1}, "x"))
lookup({}, "y")
