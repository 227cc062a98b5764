# if/elif/else, while/else, for/else, break/continue, pass and chained comparisons.
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while done")
while True:
    break
else:
    print("never")
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 6, 1 < 2 < 3 < 2)
if x < 0:
    print("neg")
elif x < 3:
    print("small")
elif x < 10:
    print("medium")
else:
    print("big")
def noop():
    pass
print(noop())
print(0 or "a", "" and 1, None or 0 or [], 3 and 4, not 0, not [1])
