# Uncaught UnboundLocalError from assigning a global name inside a function.
total = 0
def add(x):
    total += x
    return total
print("adding")
add(5)
