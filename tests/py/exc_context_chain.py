# __context__ chains across nested handlers and in finally; bare raise re-raises the current exception.
try:
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise KeyError("second")
    except KeyError:
        raise TypeError("third")
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("got", repr(e), e.__context__)
try:
    try:
        raise ValueError("in try")
    finally:
        print("finally sees exception pending")
except ValueError as e:
    print("propagated", e)
try:
    try:
        raise ValueError("lost?")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
e_saved = None
try:
    raise OSError("x")
except OSError as err:
    e_saved = err
print(repr(e_saved))
try:
    err
except NameError as ne:
    print("NameError:", ne)
