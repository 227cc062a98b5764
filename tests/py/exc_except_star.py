# except* handles matching parts of an ExceptionGroup; each clause runs at most once; leftovers propagate.
def run(excs):
    try:
        raise ExceptionGroup("batch", excs)
    except* ValueError as eg:
        print("ValueError part:", repr(eg))
    except* TypeError as eg:
        print("TypeError part:", [str(e) for e in eg.exceptions])
run([ValueError("a"), TypeError("b"), ValueError("c")])
run([TypeError("only")])
try:
    run([KeyError("unhandled"), ValueError("handled")])
except ExceptionGroup as eg:
    print("leftover:", repr(eg))
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked exception wrapped:", repr(eg))
try:
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* OSError:
        raise RuntimeError("replacement")
except RuntimeError as e:
    print("raised in handler, not wrapped:", repr(e), repr(e.__context__))
try:
    raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("sub", [ValueError(2), KeyError(3)])])
except* ValueError as eg:
    print("nested values:", repr(eg))
except* KeyError as eg:
    print("nested keys:", repr(eg))
