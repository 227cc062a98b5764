# Seeded expovariate and gauss/normalvariate (rounded to 10 digits to stay libm-independent); triangular.
import random
random.seed(7)
print([round(random.expovariate(1.5), 10) for _ in range(4)])
print([round(random.gauss(0, 1), 10) for _ in range(4)])
print([round(random.gauss(100, 15), 8) for _ in range(2)])
print([round(random.normalvariate(5, 2), 10) for _ in range(2)])
print([round(random.triangular(0, 10, 3), 10) for _ in range(3)])
print(round(random.random(), 12))
