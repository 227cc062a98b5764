# json.dumps: types, floats, unicode escaping, non-str keys, indent, sort_keys, separators, default.
import json
data = {"name": "Zoë", "n": 3, "pi": 3.14, "big": 10 ** 20, "ok": True, "none": None,
        "list": [1, 2.0, "three"], "tuple": (4, 5), "nested": {"z": 1, "a": [{}]}}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data["nested"], indent=2))
print(json.dumps([1, [2, [3]]], indent=4))
print(json.dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")), json.dumps([1, 2], separators=(";", "=")))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps([1e16, 0.1, -0.0, 1e-7, 1.5e300, float("inf"), float("nan")]))
print(json.dumps("quote\" backslash\\ tab\t nl\n ctrl\x01 ü €"), json.dumps([]), json.dumps({}), json.dumps(""))
print(json.dumps({"k": [1, 2]}, indent=0))
print(json.dumps(complex(1, 2), default=lambda o: [o.real, o.imag]))
try:
    json.dumps({"s": {1}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
