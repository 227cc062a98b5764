# SyntaxError for assigning to a keyword constant.
print("never runs")
value = 1
None = value
print(value)
