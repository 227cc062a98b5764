# Errors raised inside except and else blocks; handlers do not catch their own errors.
def f(mode):
    try:
        if mode == "try":
            raise ValueError("in try")
    except ValueError:
        raise KeyError("in except")
    else:
        raise IndexError("in else")
    finally:
        print("finally for", mode)
for mode in ["try", "none"]:
    try:
        f(mode)
    except (KeyError, IndexError) as e:
        print("caught", repr(e), "context", repr(e.__context__))
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError as inner:
            print("inner context", repr(inner.__context__))
        print("back in outer handler")
        raise
except ValueError as e:
    print("re-raised the outer", repr(e), e.__context__)
