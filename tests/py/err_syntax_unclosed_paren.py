# SyntaxError for a bracket that is never closed.
print("never runs")
values = [1, 2, 3
total = sum(values)
print(total)
