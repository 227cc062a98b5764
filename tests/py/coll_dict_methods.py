# dict methods: get/setdefault/pop/popitem/update/keys/values/items/fromkeys/copy/clear and | merges.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d, len(d))
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], 0), dict(zip("xy", [1, 2])), dict(a=1, b=2))
e = d.copy()
e["new"] = 1
print(d, e)
print(d | {"a": "merged", "q": 0}, {"q": 0} | d)
d |= {"w": 5}
print(d)
e.clear(); print(e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, "a" in d, 1 in d, dict([(1, 2)]))
