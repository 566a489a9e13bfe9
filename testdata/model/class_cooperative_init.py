# cooperative __init__ with **kwargs along a diamond
class Base:
    def __init__(self, **kw):
        print('Base got leftover', sorted(kw))
        self.trail = ['Base']
class Named(Base):
    def __init__(self, name=None, **kw):
        super().__init__(**kw)
        self.name = name
        self.trail.append('Named')
class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.trail.append('Aged')
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append('Person')
p = Person(name='ann', age=30, extra=1)
print(p.name, p.age, p.trail)
print([c.__name__ for c in Person.__mro__])
q = Person()
print(q.name, q.age, q.trail)
