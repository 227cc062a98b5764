# Notes added with add_note are printed after the exception line in an uncaught traceback.
def step(n):
    try:
        raise ValueError(f"step {n} failed")
    except ValueError as e:
        e.add_note(f"while running step {n}")
        e.add_note("check the input file")
        raise
print("starting")
step(7)
