# Uncaught NameError: 3.11 adds "Did you mean" suggestions in the printed traceback (not in str(e)).
counter = 0
try:
    countr
except NameError as e:
    print("str(e) has no suggestion:", e)
def bump():
    return countr + 1
bump()
