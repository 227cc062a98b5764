# collections.deque: both-end operations, maxlen eviction, rotate, extendleft order, indexing, repr.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], 5 in d, d.count(5), d.index(5))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d)
d.remove(5); print(d)
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print("append", i, "->", list(b))
b.appendleft(99); print(b, b.maxlen)
print(deque("abc"), deque(), deque(range(3), maxlen=5), list(reversed(deque([1, 2, 3]))))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
d2 = d.copy(); d2.clear(); print(d, d2, d == deque(list(d)))
