# @staticmethod and @classmethod
class Temp:
    unit = 'C'
    instances = 0
    def __init__(self, deg):
        self.deg = deg
        Temp.instances += 1
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def is_valid(deg):
        return deg >= -273.15
    @classmethod
    def describe(cls):
        return f'{cls.__name__} in {cls.unit}'
    def __repr__(self):
        return f'{type(self).__name__}({self.deg})'
class Kelvin(Temp):
    unit = 'K'
print(Temp.from_f(212), Kelvin.from_f(32), Temp.is_valid(-300), Temp(1).is_valid(0))
print(Temp.describe(), Kelvin.describe(), Kelvin(3).describe(), Temp.instances)
f = Temp.is_valid
g = Kelvin.from_f
print(f(5), g(50))
class Util:
    @staticmethod
    def add(a, b=1):
        return a + b
    ratio = staticmethod(lambda x: x / 2)
print(Util.add(1), Util().add(1, 2), Util.ratio(5))
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls
Registry.register('a').register('b')
print(Registry.items)
