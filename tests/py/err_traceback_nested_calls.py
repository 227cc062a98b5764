# Traceback through several nested calls, methods and a lambda, with 3.11 caret lines.
class Calculator:
    def divide(self, a, b):
        return a / b
    def ratio(self, pair):
        return self.divide(*pair)
def compute(pairs):
    calc = Calculator()
    return [calc.ratio(p) for p in pairs]
apply = lambda f, x: f(x)
print(apply(compute, [(1, 2), (3, 4)]))
print(apply(compute, [(1, 2), (3, 0)]))
