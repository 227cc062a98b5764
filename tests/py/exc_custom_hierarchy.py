# Catching custom exception classes by base; exception objects carry state across frames.
class RetryableError(Exception):
    def __init__(self, attempt):
        super().__init__(f"attempt {attempt} failed")
        self.attempt = attempt
class FatalError(Exception):
    pass
def op(attempt):
    if attempt < 3:
        raise RetryableError(attempt)
    if attempt == 3:
        return "success"
    raise FatalError("no more")
for attempt in range(1, 5):
    try:
        print(op(attempt))
    except RetryableError as e:
        print("retry:", e, e.attempt)
    except FatalError as e:
        print("fatal:", e)
def wrap():
    try:
        op(4)
    except FatalError as e:
        e.add_note("while wrapping")
        raise
try:
    wrap()
except FatalError as e:
    print(e, e.__notes__)
