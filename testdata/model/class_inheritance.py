# single inheritance, overriding, super().__init__
class Animal:
    kingdom = 'animalia'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
    def describe(self):
        return f'{type(self).__name__}: {self.speak()}'
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return f'{self.name} barks'
class Puppy(Dog):
    def speak(self):
        return super().speak() + ' softly'
class Cat(Animal):
    pass
for a in [Animal('generic'), Dog('Rex', 'lab'), Puppy('Bit', 'pug'), Cat('Tom')]:
    print(a.describe(), a.kingdom)
p = Puppy('Bit', 'pug')
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, object))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (Cat, Animal)), issubclass(Cat, Cat))
print(p.breed, Puppy.kingdom, Puppy.__bases__ == (Dog,), Puppy.__name__)
print([c.__name__ for c in Puppy.__mro__])
Animal.kingdom = 'changed'
print(p.kingdom, Cat('x').kingdom)
print(type(p).__bases__[0].__name__, Animal.__bases__[0].__name__)
