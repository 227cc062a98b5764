# Uncaught TypeError from a binary operator: ~ under the operands and ^ under the operator.
def label(count):
    return "items: " + count
print(label("3"))
total = 3
print(label(total))
