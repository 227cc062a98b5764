# Exception args/str/repr for builtin exceptions with zero, one and several arguments.
excs = [Exception(), Exception("msg"), Exception("a", 1), ValueError(""), KeyError("key"),
        KeyError("a", "b"), KeyError(), IndexError(3), OSError(2, "No such file"), StopIteration(5),
        RuntimeError(None), ZeroDivisionError("division by zero"), AttributeError("attr")]
for e in excs:
    print(f"{type(e).__name__:18} str={str(e)!r:22} repr={e!r} args={e.args}")
print(StopIteration(5).value, StopIteration().value)
e = ValueError("x")
e.args = ("replaced", 2)
print(str(e), repr(e))
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(TimeoutError, OSError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(StopAsyncIteration, Exception))
