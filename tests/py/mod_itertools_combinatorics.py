# itertools product/permutations/combinations/combinations_with_replacement/pairwise output order.
import itertools as it
print(list(it.product("ab", [1, 2])))
print(list(it.product([0, 1], repeat=3)))
print(list(it.permutations("abc")))
print(list(it.permutations(range(4), 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(3), 0)), list(it.combinations(range(2), 3)))
print(list(it.combinations_with_replacement("ab", 3)))
print(list(it.pairwise([1, 2, 4, 7])), list(it.pairwise("a")))
print(len(list(it.permutations(range(6)))), sum(1 for _ in it.combinations(range(10), 4)))
