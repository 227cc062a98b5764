# Uncaught IndexError: the caret line marks the subscript inside a larger expression.
scores = [90, 85, 77]
def pick(i):
    return scores[i] * 2 + 1
print(pick(0), pick(-1))
print(pick(3))
