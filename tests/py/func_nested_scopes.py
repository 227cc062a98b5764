# LEGB name resolution: local, enclosing, global, builtins, and shadowing builtins.
len_ = len
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(outer())
def shadow():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow(), len("abc"))
def uses_global():
    return x
print(uses_global())
import builtins
print(builtins.len is len, builtins.print is print)
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3()
    return level2()
print(level1())
def nested_def_each_call():
    def f():
        pass
    return f
print(nested_def_each_call() is nested_def_each_call(), nested_def_each_call().__name__)
