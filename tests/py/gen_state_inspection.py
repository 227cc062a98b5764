# Generator lifecycle via gi_running/gi_frame/gi_suspended and inspect-free state checks.
def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_frame is not None, gen.gi_running, gen.gi_suspended)
next(gen)
print(gen.gi_suspended, gen.gi_frame.f_lineno)
next(gen)
print(gen.gi_frame.f_lineno)
list(gen)
print(gen.gi_frame, gen.gi_suspended)
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
