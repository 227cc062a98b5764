# String slicing and indexing patterns used in practice: reverse, every nth, prefixes, palindromes.
s = "abcdefghijklmnopqrstuvwxyz"
print(s[:5], s[-5:], s[5:-5], s[::5], s[::-5], s[3:4], s[25], s[-26])
words = "the quick brown fox"
print(" ".join(w[::-1] for w in words.split()), words[::-1], words.title()[:9])
def is_pal(t):
    t = "".join(c.lower() for c in t if c.isalnum())
    return t == t[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
print([s[i:i + 5] for i in range(0, 26, 5)])
try:
    s[26]
except IndexError as e:
    print("IndexError:", e)
print(repr(s[26:]), repr(s[100:200]), s[-100:3], s[::-1][:3])
print("abc"[True], "abc"[-True], "abcdef"[1:5:2], "abcdef"[5:1:-2])
