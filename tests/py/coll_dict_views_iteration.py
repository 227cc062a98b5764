# Iterating dict views, modifying during iteration via list(), sorted views, dict comprehension from items.
prices = {"pear": 3, "apple": 5, "fig": 2}
for k in prices:
    print(k, end=" ")
print()
for k, v in prices.items():
    print(f"{k}={v}", end=" ")
print()
for k in list(prices):
    if prices[k] < 3:
        del prices[k]
print(prices)
print(sorted(prices), sorted(prices.values()), sorted(prices.items(), key=lambda kv: kv[1]))
print(sum(prices.values()), max(prices, key=prices.get), {v: k for k, v in prices.items()})
keys = prices.keys()
print(type(keys).__name__, type(prices.values()).__name__, type(prices.items()).__name__)
print(list(zip(prices, prices.values())), dict(enumerate(prices)))
print(str(prices.keys()), repr(prices.values()), prices.items())
