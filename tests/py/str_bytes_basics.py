# bytes: literals, indexing gives ints, slicing, methods, hex, decode, concatenation, repr.
b = b"hello \x00\xff world"
print(b, len(b), b[0], b[-1], b[1:4], list(b[:3]), type(b[0]).__name__)
print(b.upper(), b.split(), b.replace(b"l", b"L"), b.find(b"world"), b.startswith(b"he"), b.count(b"l"))
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), b"ab" + b"cd", b"-" * 3, b"x" in b"xyz", 120 in b"xyz")
print(b"\xde\xad\xbe\xef".hex(), bytes.fromhex("deadbeef"), b"abc".hex("-"), b"caf\xc3\xa9".decode())
print(repr(b"\t\n\r\\'\""), repr(b'"'), repr(b"'"), b"a'b\"c")
print(b"  strip  ".strip(), b"a,b".split(b","), b"-".join([b"x", b"y"]), b"abc"[::-1], b"abc" < b"abd")
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"\xffa".decode("latin-1"), b"hi".decode("ascii"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, bytes(ba), len(ba), ba.pop(), ba)
print(b"%05d" % 42, b"abc".isalpha(), b"123".isdigit(), bytes(range(5)), b"Hello".lower())
