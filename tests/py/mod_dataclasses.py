# dataclasses: generated __init__/__repr__/__eq__, defaults, default_factory, order, frozen, asdict/astuple.
from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    qty: int = 1
a = Item("pen", 1.5)
b = Item("pen", 1.5)
print(a, a == b, a is b, Item("x", tags=["t"]))
a.tags.append("office")
print(a.tags, b.tags, [f.name for f in fields(Item)])
print(asdict(a), astuple(b), replace(a, qty=3))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Derived(Item):
    color: str = "black"
print(Derived("ink", color="blue"))
