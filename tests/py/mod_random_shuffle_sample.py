# Seeded shuffle, sample and choices (with and without weights) reproduce CPython's sequences.
import random
random.seed(2024)
deck = list(range(10))
random.shuffle(deck)
print(deck)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.shuffle(words)
print(words)
print(random.sample(range(100), 5), random.sample(["x", "y", "z"], 3), random.sample("abcdefgh", k=2))
print(random.choices("abc", k=6))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=5))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=4))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
