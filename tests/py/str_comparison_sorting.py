# String comparison is by code point; sorting with key=str.lower, casefold, len and tuples.
names = ["bob", "Alice", "alice", "Bob", "carol", "Éve", "eve", "Dave", "_x", "10", "9"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=lambda n: (len(n), n)))
print(sorted(names, key=str.casefold, reverse=True))
print(min(names), max(names), "a" < "b" < "c", "abc" < "abcd", "" < "a", "Z" < "a")
print(sorted(["a10", "a2", "a1"]), sorted(["a10", "a2", "a1"], key=lambda s: int(s[1:])))
