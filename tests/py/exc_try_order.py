# try/except/else/finally execution order for success, handled error and unhandled error.
def run(action):
    print("--", action)
    try:
        print("try start")
        if action == "raise":
            raise ValueError("v")
        if action == "other":
            raise KeyError("k")
        print("try end")
    except ValueError as e:
        print("except ValueError", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run("ok")
run("raise")
try:
    run("other")
except KeyError as e:
    print("outer caught", repr(e))
def ret():
    try:
        return "from try"
    except Exception:
        return "from except"
    else:
        return "from else (unreached)"
    finally:
        print("finally before return")
print(ret())
