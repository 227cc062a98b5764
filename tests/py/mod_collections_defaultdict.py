# collections.defaultdict: list/int/set/lambda factories, missing keys created on access, repr, get() not creating.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], "z" in groups, len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts.get("q"), "q" in counts)
tags = defaultdict(set)
tags["x"].add(1); tags["x"].add(1); tags["y"]
print(sorted(tags.items()), tags.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"]["b"], dict(nested["a"]))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(isinstance(groups, dict), type(groups).__name__)
