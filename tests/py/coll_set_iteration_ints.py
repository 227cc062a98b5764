# Iteration order of small-int sets and dict-from-set is deterministic in CPython (hash = value).
s = {5, 3, 9, 1, 7}
print(s, list(s))
print({10, 2, 33, 4}, {-1, -2, 0}, {100, 1, 10})
t = set()
for v in [8, 16, 0, 24, 4]:
    t.add(v)
print(t)
t.discard(16)
t.add(32)
print(t, list(t))
print({True, 2, 0}, {1.0, 2}, set(range(10, 0, -1)))
