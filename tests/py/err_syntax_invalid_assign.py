# SyntaxError for assigning to a function call, with CPython's "Maybe you meant '=='" hint.
def f():
    return 1
print("never runs")
if f() = 1:
    pass
