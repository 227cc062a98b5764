# Builtins receiving generator expressions, key functions and default values.
words = ["banana", "Apple", "cherry", "date"]
print(max(words), min(words), max(words, key=len), min(words, key=str.lower))
print(max([], default="empty"), min((), default=None), max(3, 1, 2), min("b", "a", "c"))
print(sum(len(w) for w in words), sum([0.5, 0.25], 1), sum([[1], [2]], []))
print(sorted(words), sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, "b"), (0, "z"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), max(pairs), min(pairs, key=lambda p: -p[0]))
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])), sorted("hello"))
print(max([1, 3, 3, 2], key=lambda v: v), max([(1, "first"), (1, "second")], key=lambda p: p[0]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
