# Aliasing vs shallow copies: list(), [:], dict(), .copy(), nested mutation visible through copies.
a = [[1, 2], [3]]
b = a
c = a[:]
d = list(a)
a.append([4])
a[0].append(99)
print(a, b, c, d)
print(a is b, a is c, c[0] is a[0])
m = {"k": [1]}
m2 = dict(m)
m3 = {**m}
m["k"].append(2)
m["new"] = 0
print(m, m2, m3)
s = {1, 2}
s2 = set(s)
s.add(3)
print(sorted(s), sorted(s2))
def mutate(lst, n):
    lst.append(n)
    n += 1
    lst = ["rebound"]
    return n
orig = []
res = mutate(orig, 5)
print(orig, res)
t = ([],)
t2 = t + ()
t[0].append("shared")
print(t2)
