# find/rfind/index/rindex/count/startswith/endswith with start/end ranges and tuple prefixes.
s = "hello world, hello moon"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("zzz"), s.rfind("o", 0, 10))
print(s.index("world"), s.rindex("o"), s.count("o"), s.count("hello"), s.count(""), "aaaa".count("aa"))
print(s.startswith("hello"), s.startswith("world", 6), s.endswith("moon"), s.endswith(("x", "moon")))
print(s.startswith(("a", "h")), s.endswith("hello", 0, 18), "".startswith(""), "abc".find("", 10))
print("x" in s, "world" in s, "" in s, s.find("o", -5), s[-5:].find("o"))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "banana".replace("", "-"), "aaa".replace("a", "aa"))
