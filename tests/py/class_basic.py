# Class definition, __init__, instance vs class attributes, methods and attribute lookup.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        self.tricks = []
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
        return self
    def describe(self):
        return f"{self.name} ({self.species}) knows {self.tricks}"
a = Dog("Rex").add_trick("sit").add_trick("roll")
b = Dog("Fido")
print(a.describe())
print(b.describe())
print(Dog.count, a.count, type(a).__name__, type(a) is Dog, isinstance(a, Dog))
b.species = "custom"
print(a.species, b.species, Dog.species, sorted(vars(b)))
del b.species
print(b.species)
Dog.species = "lupus"
print(a.species, b.species)
print(Dog.describe(a) == a.describe())
print(hasattr(a, "name"), getattr(a, "missing", "dflt"))
