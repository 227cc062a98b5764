# Unbounded recursion raises RecursionError, which can be caught; the program continues normally.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
class Loop:
    def step(self, n):
        return self.other(n + 1)
    def other(self, n):
        return self.step(n)
try:
    Loop().step(0)
except RecursionError as e:
    print("RecursionError in methods:", e)
def deep(n):
    return n if n == 0 else deep(n - 1)
print("still fine:", deep(500))
print(issubclass(RecursionError, RuntimeError))
