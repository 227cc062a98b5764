# Chained generators as a lazy pipeline: interleaved printing shows pull-based evaluation.
def numbers():
    for i in range(1, 7):
        print("emit", i)
        yield i
def evens(src):
    for v in src:
        if v % 2 == 0:
            print("  keep", v)
            yield v
def squared(src):
    for v in src:
        print("    square", v)
        yield v * v
for out in squared(evens(numbers())):
    print("      got", out)
def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v
print(list(take(2, squared(evens(numbers())))))
