# Traceback through generator frames and a list comprehension.
def numbers():
    yield 1
    yield 2
    raise IndexError("generator ran dry")
def consume():
    return [n * 10 for n in numbers()]
print("consuming")
consume()
