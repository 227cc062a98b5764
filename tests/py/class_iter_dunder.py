# __iter__ returning a generator; classes iterated several times; __reversed__ and __len__.
class Range3:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("fresh iterator")
        for i in range(self.n):
            yield i * 3
    def __reversed__(self):
        return iter([i * 3 for i in range(self.n)][::-1])
    def __len__(self):
        return self.n
r = Range3(4)
print(list(r))
print(list(r), len(r), list(reversed(r)))
for a, b in zip(r, r):
    print(a, b)
print(max(r), sorted(r, reverse=True), dict(enumerate(r)))
print(list(map(str, r)), tuple(r), set(r) == {0, 3, 6, 9})
