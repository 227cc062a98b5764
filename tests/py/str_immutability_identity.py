# Strings are immutable: item assignment fails, methods return new strings; += builds new strings.
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
t = s
s += "d"
print(s, t, s is t)
u = s.upper()
print(s, u)
parts = []
for i in range(5):
    parts.append(str(i))
print("".join(parts), "".join(parts) == "01234")
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
print(s.replace("a", "A"), s)
print(hash("abc") == hash("ab" + "c"), "abc" == "ab" + "c")
