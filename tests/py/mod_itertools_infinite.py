# itertools count/cycle/repeat/accumulate/chain/islice/starmap.
import itertools as it
import operator
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 2.5), 3)), list(it.islice(it.count(5, -1), 3)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(zip(range(3), it.repeat(0))))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain([1, 2], "ab", range(2))), list(it.chain.from_iterable(["xy", [1]])))
print(list(it.islice("abcdefg", 2, 6, 2)), list(it.islice(range(100), None, 10, 3)))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.starmap(lambda *a: sum(a), [(1, 2, 3)])))
