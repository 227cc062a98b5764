# An uncaught ExceptionGroup prints the boxed, nested traceback format.
def fail(n):
    raise ValueError(f"bad value {n}")
errors = []
for n in range(2):
    try:
        fail(n)
    except ValueError as e:
        errors.append(e)
errors.append(ExceptionGroup("inner", [TypeError("wrong type")]))
print("raising a group of", len(errors))
raise ExceptionGroup("several problems", errors)
