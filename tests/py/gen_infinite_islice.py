# Infinite generators consumed partially with itertools.islice, zip and break; explicit close() runs finally.
import itertools
def naturals():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("naturals finalized at", n)
g1 = naturals()
print(list(itertools.islice(g1, 5)))
g1.close()
g2 = naturals()
print(list(zip("abc", g2)))
g2.close()
g3 = naturals()
for n in g3:
    if n * n > 50:
        print("first square over 50:", n)
        break
print("loop left, generator still suspended")
g3.close()
g3.close()
gen = naturals()
print(next(gen), next(gen))
gen.close()
print("after close")
primes = (n for n in itertools.count(2) if all(n % d for d in range(2, int(n ** 0.5) + 1)))
print(list(itertools.islice(primes, 10)))
