# add_note, __notes__, with_traceback and __traceback__ presence (no printing of frames).
e = ValueError("base")
print(hasattr(e, "__notes__"), e.__traceback__)
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as te:
    print("TypeError:", te)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
def inner():
    raise KeyError("deep")
try:
    inner()
except KeyError as k:
    tb = k.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
x = RuntimeError("r").with_traceback(None)
print(repr(x), x.__traceback__)
