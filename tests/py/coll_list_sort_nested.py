# Sorting lists of lists, tuples, mixed-length sequences; in-place vs sorted(); key errors mid-sort.
data = [[2, "b"], [1, "z"], [2, "a"], [1], [1, "a", 0]]
print(sorted(data))
data.sort(key=lambda r: r[-1] if isinstance(r[-1], str) else "")
print(data)
print(sorted([(1, 2), (1,), (0, 5, 5), ()]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words)), sorted(words, key=lambda w: w[-1]))
print(sorted(range(10), key=lambda n: (n % 3, -n)))
nums = [5, 2, 8, 1]
out = sorted(nums)
print(nums, out, nums.sort(reverse=True), nums)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
