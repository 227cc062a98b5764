# Unicode strings: len counts code points, slicing, casing of non-ASCII, repr of printable vs not.
s = "naïve café 日本語 😀"
print(len(s), s[6:10], s[-1], s[11:14], s.upper(), s.split())
print(repr("日本"), repr("\u200b"), repr("\x85"), repr("\U0001F600"), ascii("日本"))
print([c for c in "añb"], "ñ".encode(), len("ñ".encode()), "e\u0301" == "é", len("e\u0301"))
print(sorted(["é", "e", "f", "z", "É", "E"]), "ß" < "t", max("aé"))
print("ÀÉÎ".lower(), "straße".upper(), "ǈ".isupper(), "Ω".lower(), "ς".upper())
print("日本語".encode("utf-8"), b"\xe6\x97\xa5".decode(), "😀".encode())
print(f"{'日本':>6}|{'é':*^5}|", "%-4s|" % "ü")
