# functools.lru_cache/cache: memoization, cache_info counters, maxsize eviction, cache_clear, typed keys.
import functools
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.cache
def ident(x):
    print("miss", repr(x))
    return x
ident(1); ident(1.0); ident(True); ident("1")
print(ident.cache_info().currsize)
@functools.lru_cache(typed=True)
def typed(x):
    print("typed miss", repr(x))
typed(1); typed(1.0); typed(1)
print(fib.__wrapped__.__name__, fib.__name__)
