# dict insertion order: preserved on update, deletion+reinsert moves to end, views are live.
d = {}
for k in ["banana", "apple", "cherry"]:
    d[k] = len(k)
print(d, list(d))
d["apple"] = 99
print(list(d))
del d["banana"]
d["banana"] = 0
print(list(d.items()))
keys = d.keys()
vals = d.values()
d["date"] = 4
print(keys, vals, len(keys), "date" in keys)
print(reversed(d) is not None, list(reversed(d)), list(reversed(d.items())))
print({1: "a", True: "b", 1.0: "c"})
items = d.items()
print(("apple", 99) in items, ("apple", 1) in items)
print(keys & {"apple", "zzz"}, sorted(keys | {"x"}), sorted(keys - {"apple"}))
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
