# SyntaxError for an unterminated string literal.
print("never runs")
greeting = "hello
print(greeting)
x = 1
