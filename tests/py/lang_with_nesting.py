# A hand-written context manager class tracing nesting depth and the exception passed to __exit__.
class Trace:
    depth = 0
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("  " * Trace.depth + "begin " + self.label)
        Trace.depth += 1
        return self
    def __exit__(self, *exc):
        Trace.depth -= 1
        status = "ok" if exc[0] is None else "error " + exc[0].__name__
        print("  " * Trace.depth + "end " + self.label + " " + status)
        return False
with Trace("outer"):
    with Trace("middle"):
        with Trace("inner") as t:
            print("  " * Trace.depth + "label is", t.label)
try:
    with Trace("failing"):
        with Trace("deep"):
            1 / 0
except ZeroDivisionError as e:
    print("handled:", e)
print("depth", Trace.depth)
