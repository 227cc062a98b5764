# generator.send(): priming with None, values flowing both ways, the running-average pattern.
def echo():
    print("echo started")
    received = None
    while True:
        received = yield f"got {received!r}"
        print("inside, received", received)
e = echo()
print(e.send(None))
print(e.send("hello"))
print(e.send(42))
print(next(e))
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print("avg", a.send(v))
try:
    echo().send("not primed")
except TypeError as err:
    print("TypeError:", err)
