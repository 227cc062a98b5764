# A syntax error (missing colon) is reported before anything runs: no stdout, SyntaxError with caret, exit 1.
print("this line never runs")
def f(x)
    return x
print(f(1))
