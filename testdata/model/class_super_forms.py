# super() forms: zero-arg, two-arg, in classmethods, calling other methods
class Base:
    def __init__(self, x):
        self.x = x
    def value(self):
        return self.x
    @classmethod
    def make(cls, x):
        return cls(x)
    def __repr__(self):
        return f'{type(self).__name__}({self.x})'
class Double(Base):
    def value(self):
        return super().value() * 2
    @classmethod
    def make(cls, x):
        obj = super().make(x + 1)
        return obj
class Triple(Double):
    def value(self):
        return super(Double, self).value() * 3
print(Double(5).value(), Triple(5).value(), Double.make(1), Triple.make(1))
class Greeter:
    def hello(self):
        return 'hello from Greeter'
class Polite(Greeter):
    def hello(self):
        base = super().hello
        return base() + ' (politely)'
print(Polite().hello())
class Counter:
    def __init__(self):
        self.items = []
    def add(self, v):
        self.items.append(v)
class LoggingCounter(Counter):
    def add(self, v):
        print('adding', v)
        super().add(v)
lc = LoggingCounter()
lc.add(1); lc.add(2)
print(lc.items)
class S(str):
    def shout(self):
        return super().upper() + '!'
print(S('hi').shout(), len(S('abc')))
