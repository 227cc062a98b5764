# SyntaxError for a closing bracket that does not match the opening one.
print("never runs")
def total(*xs):
    return sum(xs)
print(total(1, 2]
