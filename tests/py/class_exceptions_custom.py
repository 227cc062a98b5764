# Custom exception hierarchy with extra attributes, __str__ override and args.
class AppError(Exception):
    pass
class HttpError(AppError):
    def __init__(self, status, msg):
        super().__init__(status, msg)
        self.status = status
        self.msg = msg
    def __str__(self):
        return f"HTTP {self.status}: {self.msg}"
class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, f"{path} not found")
        self.path = path
try:
    raise NotFound("/x")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.status, e.path)
print(issubclass(NotFound, Exception), NotFound.__mro__[1:4])
for exc in [AppError(), AppError("one"), AppError("a", 2), HttpError(500, "boom")]:
    print(repr(exc), "|", str(exc), "|", exc.args)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(repr(WithDefault()), str(WithDefault("custom")))
