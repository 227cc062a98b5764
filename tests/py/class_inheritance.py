# Single inheritance: overriding, super().__init__, method resolution, isinstance/issubclass.
class Animal:
    def __init__(self, name):
        self.name = name
        print("Animal.__init__", name)
    def speak(self):
        return f"{self.name} makes a sound"
    def intro(self):
        return "I am " + self.kind() + ": " + self.speak()
    def kind(self):
        return "animal"
class Cat(Animal):
    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor
        print("Cat.__init__", indoor)
    def speak(self):
        return f"{self.name} meows; base says: {super().speak()}"
    def kind(self):
        return "cat"
class Kitten(Cat):
    def speak(self):
        return super().speak().upper()
k = Kitten("Tom", indoor=False)
print(k.intro())
print(Kitten.__mro__)
print([c.__name__ for c in Kitten.__mro__])
print(isinstance(k, Animal), issubclass(Kitten, Animal), issubclass(Animal, Cat), issubclass(Cat, Cat))
print(Kitten.__bases__, Animal.__bases__, Cat.__base__.__name__)
print(isinstance(k, (int, Cat)), issubclass(bool, int), isinstance(True, int))
