# random with an int seed: random(), randint, randrange, choice, uniform match CPython's Mersenne Twister exactly.
import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(100) for _ in range(5)], random.randrange(10, 20), random.randrange(0, 100, 7))
print([random.choice("abcdef") for _ in range(8)], random.choice([10, 20, 30]))
print([random.uniform(1, 2) for _ in range(3)], random.uniform(-5, 5))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100))
random.seed(42)
print(random.random(), "(same as the first value after reseeding)")
print(random.randrange(-10, 10, 3), random.randint(-(10 ** 20), 10 ** 20))
