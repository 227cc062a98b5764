# sort is stable; multi-pass sorting; list.sort returns None; key and reverse together.
records = [("alice", 3), ("bob", 1), ("carol", 3), ("dave", 2), ("eve", 1)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
print(sorted(records, key=lambda r: r[1], reverse=True))
rs = list(records)
rs.sort(key=lambda r: r[0], reverse=True)
rs.sort(key=lambda r: r[1])
print(rs)
print(rs.sort())
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
print(sorted([0.5, -1, 3, 2.5, True]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
