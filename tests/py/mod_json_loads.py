# json.loads: objects keep key order, numbers (big ints, floats, exponents), escapes, duplicates, errors.
import json
s = '{"b": 1, "a": [true, false, null], "n": -12.5e2, "big": 123456789012345678901234567890, "u": "\\u00e9\\n"}'
obj = json.loads(s)
print(obj)
print(type(obj["n"]).__name__, type(obj["big"]).__name__, obj["u"])
print(json.loads("[]"), json.loads("3"), json.loads('"x"'), json.loads("null"), json.loads(" 1.0 "), json.loads("1E3"))
print(json.loads('{"k": 1, "k": 2}'), json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('"\\ud83d\\ude00"'), json.loads(b'{"bytes": true}'))
round_trip = {"x": [1, {"y": None}], "z": "é"}
print(json.loads(json.dumps(round_trip)) == round_trip)
for bad in ["", "{", "[1,]", "{'a': 1}", "tru", '{"a" 1}', "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "| pos", e.pos, "line", e.lineno, "col", e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
