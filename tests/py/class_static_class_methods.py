# staticmethod and classmethod: calls through class and instance, alternative constructors, cls in subclasses.
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def kind(cls):
        return cls.__name__
    def __repr__(self):
        return f"{self.kind()}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.kind(), MyDate.kind(), MyDate(1, 2, 3).kind())
print(Date.created, MyDate.created)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["kind"]).__name__)
f = Date.from_string
print(f.__self__ is Date, Date.is_leap.__name__)
