# Raising something that is not an exception is itself a TypeError.
class NotAnError:
    pass
try:
    raise NotAnError
except TypeError as e:
    print("caught:", e)
raise "just a string"
