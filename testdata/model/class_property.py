# @property getter / setter / deleter
class Circle:
    def __init__(self, r):
        self.radius = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError('radius must be >= 0')
        self._r = v
    @radius.deleter
    def radius(self):
        print('deleting radius')
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print('ValueError:', e)
try:
    c.area = 10
except AttributeError as e:
    print('AttributeError:', e)
del c.radius
print(hasattr(c, '_r'))
try:
    c.radius
except AttributeError as e:
    print('AttributeError:', e)
class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, l.calls)
class P2:
    def get_x(self):
        return 'x via property()'
    x = property(get_x)
print(P2().x, type(Circle.area).__name__)
