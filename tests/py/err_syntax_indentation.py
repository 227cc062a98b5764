# IndentationError (a SyntaxError subclass) for a missing indented block.
print("never runs")
if True:
print("not indented")
x = 1
