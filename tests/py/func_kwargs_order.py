# **kwargs preserve call order; dict unpacking merges left-to-right.
def kw(**k):
    return list(k.items())
print(kw(z=1, a=2, m=3))
print(kw(**{"b": 1}, a=2, **dict(c=3)))
def passthrough(**k):
    return kw(**k, extra=True)
print(passthrough(first=1))
opts = {"sep": "|", "end": "<\n"}
print("a", "b", "c", **opts)
print("x", "y", sep="")
print("no newline", end="")
print(" <- same line")
print()
print("after blank", 1, None, [1], sep=", ")
