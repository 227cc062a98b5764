# Return values: implicit None, multiple values as tuples, early return, return in finally.
def none():
    pass
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(10):
        if i == n:
            return f"found {i}"
    return "not found"
def fin():
    try:
        return "try"
    finally:
        print("finally runs before return completes")
def fin_override():
    try:
        return "try"
    finally:
        return "finally"
def fin_swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(none(), multi(), early(3), early(20))
a, b, c = multi()
print(a, b, c)
print(fin())
print(fin_override(), fin_swallow())
