# traceback.print_exc writes the current exception's traceback to stderr; format_exc returns it as a string.
import traceback
def inner():
    return {}["missing"]
def outer():
    return inner()
try:
    outer()
except KeyError:
    traceback.print_exc()
    text = traceback.format_exc()
    print("format_exc last line:", text.strip().splitlines()[-1])
    print("format_exc lines:", len(text.splitlines()))
try:
    1 / 0
except ZeroDivisionError as e:
    print(traceback.format_exception_only(type(e), e))
print("program continues; exit code 0")
