# type(), isinstance, issubclass across builtin types; type names; callable; id-free identity checks.
vals = [1, 1.0, True, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset(), None, range(1), len, print, type, object()]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, object), callable(v))
print(type(1) is int, type(True) is bool, type(True) is int, isinstance(True, int), issubclass(bool, int))
print(issubclass(int, object), issubclass(type, object), isinstance(int, type), isinstance(type, type))
print(issubclass(list, (str, list)), isinstance([], list | dict), isinstance(1.5, int | None))
x = [1]
y = x
z = [1]
print(x is y, x is z, x == z, None is None, type(None)() is None)
print(type("abc") == str, str(type("abc")), repr(type(1.5)), int.__name__, type(int).__name__)
