# classes: __init__, attributes, methods, class vs instance attributes
class Dog:
    species = 'canis'
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self, times=1):
        return ' '.join(['Woof'] * times) + ' from ' + self.name
    def birthday(self):
        self.age += 1
        return self
a = Dog('Rex')
b = Dog('Fido', 5)
print(a.name, a.age, b.name, b.age, Dog.count, a.count, a.species)
print(a.bark(), b.bark(3))
print(a.birthday().birthday().age)
a.species = 'own'
print(a.species, b.species, Dog.species)
Dog.species = 'changed'
print(a.species, b.species)
del a.species
print(a.species)
m = b.bark
print(m(2), Dog.bark(b), Dog.bark(a, times=2))
print(type(a).__name__, Dog.__name__, isinstance(a, Dog), type(a) is Dog)
b.nickname = 'F'
print(b.nickname, hasattr(a, 'nickname'))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, type(e).__name__, isinstance(e, object))
print(repr(e).startswith('<__main__.Empty object at 0x'), str(e) == repr(e))
print(Dog.__name__, type(Dog).__name__, callable(Dog), callable(a))
