# import forms: plain, dotted attribute access, `as` aliases, from-imports, module attributes and errors.
import math
import json as j
from collections import deque, Counter as C
from itertools import chain, islice as take
import asyncio
import random, functools
print(math.pi, j.dumps([1]), deque([1]), C("aab"), list(take(chain("ab", "cd"), 3)))
print(type(math).__name__, math.__name__, j.__name__, asyncio.Queue.__name__, callable(functools.reduce))
print(hasattr(random, "seed"), hasattr(math, "nope"), "sqrt" in dir(math))
def local_import():
    from math import factorial
    return factorial(5)
print(local_import(), "factorial" in globals())
import math as m2
print(m2 is math)
try:
    from math import does_not_exist
except ImportError as e:
    print("ImportError for name", repr(e.name), "| message starts:", str(e).split(" (")[0])
try:
    math.does_not_exist
except AttributeError as e:
    print("AttributeError:", e)
