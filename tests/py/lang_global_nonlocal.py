# global and nonlocal declarations, and the UnboundLocalError they prevent.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def make():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    def get():
        return n
    return inc, get
inc, get = make()
print(inc(), inc(5), get())
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
def broken():
    print(counter)
    counter = 5
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def set_new_global():
    global brand_new
    brand_new = "created"
set_new_global()
print(brand_new)
