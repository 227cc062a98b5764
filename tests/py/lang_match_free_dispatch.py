# Dispatch via dicts of functions and getattr, a common pattern in task scripts.
def add(a, b): return a + b
def sub(a, b): return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
for expr in ["3 + 4", "10 - 7", "6 * 7", "2 ^ 3"]:
    a, op, b = expr.split()
    f = ops.get(op)
    if f is None:
        print(expr, "-> unknown op", repr(op))
    else:
        print(expr, "->", f(int(a), int(b)))
class Handler:
    def on_start(self): return "started"
    def on_stop(self): return "stopped"
    def handle(self, event):
        return getattr(self, "on_" + event, lambda: "ignored " + event)()
h = Handler()
print([h.handle(e) for e in ("start", "stop", "pause")])
