# An uncaught exception whose message spans several lines is printed as is after the type name.
def validate(record):
    problems = [f"field {k!r} is empty" for k, v in record.items() if not v]
    if problems:
        raise ValueError("invalid record:\n  " + "\n  ".join(problems))
validate({"a": 1})
print("first record ok")
validate({"name": "", "email": None, "age": 3})
