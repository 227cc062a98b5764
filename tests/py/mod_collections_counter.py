# collections.Counter: counting, most_common (ties keep insertion order), arithmetic, elements, update/subtract.
from collections import Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c["z"], c["a"])
words = Counter("the cat and the hat and the bat".split())
print(words.most_common(3), sum(words.values()), words.total())
c2 = Counter(a=3, b=1, e=2)
print(c + c2, c - c2, c & c2, c | c2)
print(sorted(c2.elements()), list(Counter(x=2, y=1).elements()))
c2.update("aaz")
c2.subtract({"e": 5})
print(c2, +c2, -c2)
print(Counter({"x": 1}) == Counter({"x": 1, "y": 0}), dict(Counter("aab")), Counter())
del c2["a"]
print(c2, list(c2))
