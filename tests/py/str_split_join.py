# str.split/rsplit/splitlines/join: separators, maxsplit, whitespace runs, empty strings.
s = "  a  b\tc\nd  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","), "".split())
print("a::b::c".split("::"), "abc".split("abc"), "x".split("y"))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\n\ny".splitlines(True), "".splitlines())
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(str(i) for i in range(3)), "x".join([]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print(" \t x y \n".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "  l".lstrip())
print("www.example.com".removeprefix("www."), "file.tar.gz".removesuffix(".gz"), "abc".removeprefix("x"))
