# ExceptionGroup construction, nesting, subgroup/split, exceptions attribute, str and repr.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t"), ValueError("v2")])
print(repr(eg))
print(str(eg), eg.message, eg.exceptions)
print(type(eg).__name__, isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
vals = eg.subgroup(ValueError)
print(repr(vals))
match, rest = eg.split(TypeError)
print(repr(match), "|", repr(rest))
print(eg.subgroup(KeyError))
nested = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [ValueError("deep")])])
print(repr(nested.subgroup(ValueError)))
print(repr(nested.split(lambda e: isinstance(e, KeyError))))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
g = BaseExceptionGroup("base", [ValueError(1)])
print(type(g).__name__)
