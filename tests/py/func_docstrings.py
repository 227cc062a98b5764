# __doc__, __name__, __qualname__ and __defaults__ of functions, methods and lambdas.
def documented(a, b=1):
    """First line.

    More details.
    """
    return a
print(repr(documented.__doc__))
print(documented.__name__, documented.__qualname__, documented.__defaults__)
def undocumented():
    x = "not a docstring"
    return x
print(undocumented.__doc__)
class K:
    """Class doc."""
    def meth(self):
        "Method doc."
    @staticmethod
    def st():
        pass
print(K.__doc__, K.meth.__doc__, K.meth.__qualname__, K.st.__qualname__, K.__name__)
documented.__name__ = "renamed"
print(documented.__name__)
