# except with tuples, bare except, catching by base class, handler order, exception variable cleanup.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(classify(exc))
try:
    raise SystemError("sys")
except:
    print("bare except caught SystemError")
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer handler", e)
def catch_first_match():
    try:
        raise FileNotFoundError("f")
    except OSError:
        return "OSError handler first"
    except FileNotFoundError:
        return "never"
print(catch_first_match())
errs = (ValueError, TypeError)
try:
    int([])
except errs as e:
    print("dynamic tuple", type(e).__name__)
