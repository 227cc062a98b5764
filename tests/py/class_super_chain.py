# super() in deeper chains, super() in classmethods and properties, explicit super(Class, self).
class A:
    def who(self):
        return ["A"]
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
    @property
    def label(self):
        return "A-label"
class B(A):
    def who(self):
        return ["B"] + super().who()
    @classmethod
    def make(cls):
        return "B wraps " + super().make()
class C(B):
    def who(self):
        return ["C"] + super(C, self).who()
    @property
    def label(self):
        return "C+" + super().label
    def skip(self):
        return super(B, self).who()
c = C()
print(c.who(), C.make(), c.label, c.skip())
print(super(C, c).who())
