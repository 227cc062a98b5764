# Building nested data: grouping into dicts of lists, inverting dicts, flattening, transposing with zip.
pets = [("cat", "tom"), ("dog", "rex"), ("cat", "kitty"), ("bird", "tweety"), ("dog", "fido")]
groups = {}
for kind, name in pets:
    groups.setdefault(kind, []).append(name)
print(groups)
inv = {v: k for k, vs in groups.items() for v in vs}
print(inv)
print([name for names in groups.values() for name in names])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print({k: len(v) for k, v in groups.items() if len(v) > 1})
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
