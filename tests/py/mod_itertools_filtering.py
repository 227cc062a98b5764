# itertools groupby (consecutive keys only), takewhile/dropwhile, filterfalse, compress, zip_longest, tee.
import itertools as it
data = "aaabbcaa"
print([(k, len(list(g))) for k, g in it.groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "apricot"]
print([(k, list(g)) for k, g in it.groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in it.groupby(sorted(words), key=lambda w: w[0])])
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(8))), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest([1, 2], [3])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
groups = it.groupby([1, 1, 2])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
