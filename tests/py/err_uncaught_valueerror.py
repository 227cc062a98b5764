# An uncaught exception prints a traceback to stderr and exits with code 1; earlier stdout is kept.
print("before the error")
def parse(s):
    return int(s)
values = ["1", "2", "three"]
for v in values:
    print("parsed", parse(v))
print("never reached")
