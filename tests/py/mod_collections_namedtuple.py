# collections.namedtuple: fields, repr, _replace, _asdict, _fields, defaults, unpacking, tuple behaviour.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), tuple(p), list(p))
x, y = p
print(x, y, p._replace(y=5), p._asdict(), Point._fields)
Job = namedtuple("Job", "name priority retries", defaults=[0, 3])
print(Job("build"), Job("test", 5), Job._field_defaults)
print(Point._make([7, 8]), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(p, tuple), type(p).__name__, hash(p) == hash((1, 2)), {p: "pt"}[Point(1, 2)])
