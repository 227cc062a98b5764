# Functions become bound methods on instance access; instance attributes holding functions don't bind.
class K:
    def m(self, x=0):
        return ("m", x)
def free(self):
    return "free bound to " + type(self).__name__
K.f = free
k = K()
print(k.m(), K.m(k, 1), k.f())
k.g = lambda: "instance attr, no self"
print(k.g())
bm = k.m
print(bm(5), type(bm).__name__, bm.__self__ is k)
print(k.m == k.m, k.m is k.m, K.m is K.m)
meths = [k.m, K().m]
print([f(3) for f in meths])
class Counter:
    n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
inc = c.inc
print(inc(), inc(), c.n, Counter.n)
