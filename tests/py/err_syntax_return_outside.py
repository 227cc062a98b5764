# SyntaxError: 'return' outside function, reported before any output.
print("never runs")
x = 1
if x:
    return x
