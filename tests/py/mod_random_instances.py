# random.Random instances have independent state; getstate/setstate replay; seeds 0, negative and big ints.
import random
a = random.Random(1)
b = random.Random(1)
print(a.random() == b.random(), a.randint(0, 1000), b.randint(0, 1000))
state = a.getstate()
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)])
for seed in [0, 1, -1, 2 ** 40, 10 ** 30, 123456789]:
    r = random.Random(seed)
    print(seed, r.random(), r.randrange(1000))
random.seed(99)
g = random.Random(99)
print(random.random() == g.random())
