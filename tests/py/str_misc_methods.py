# Other str methods: translate/maketrans, encode, ord/chr, multiplication, comparisons, len, in.
table = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(table), str.maketrans({"a": "1"}), "hello".translate({ord("l"): None}))
print("a" * 3, 3 * "ab", "x" * 0, "x" * -1, "abc" < "abd", "B" < "a", "abc" < "ab", "Z" > "A")
print(ord("A"), ord("€"), chr(97), chr(8364), [ord(c) for c in "hi"], "".join(chr(c) for c in range(65, 70)))
print("héllo".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"), len("😀".encode()))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(min("hello"), max("hello"), sorted("banana"), list("abc"), "b" in "abc", "abc".__len__())
print("  x ".strip().upper().center(5, ".").replace(".", "_"))
print(str(123), str(None), str([1, "a"]), str(b"x"), str(1.0), repr("it's"))
print("Hello"[::-1], "Hello"[1], "a,b".split(",")[1], "abc".index("c"), " ".join("abc"))
