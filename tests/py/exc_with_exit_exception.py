# Context managers seeing exceptions: __exit__ args, replacing the exception, suppressing selectively.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", repr(ev))
            return True
        print("passing through", et.__name__ if et else None)
        return False
with Suppress(KeyError):
    {}["x"]
print("continued")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError escaped:", e)
class Translate:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            raise ValueError("translated") from ev
try:
    with Translate():
        1 / 0
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
