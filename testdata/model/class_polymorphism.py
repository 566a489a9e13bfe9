# polymorphism through a shape hierarchy
import math
class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__}.area')
    def perimeter(self):
        raise NotImplementedError
    def __repr__(self):
        return f'{type(self).__name__}(area={self.area():.2f}, perimeter={self.perimeter():.2f})'
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
shapes = [Rect(2, 3), Square(4), Circle(1), Circle(2.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s)
print(sum(s.area() for s in shapes) > 30, max(shapes, key=lambda s: s.perimeter()))
class Blob(Shape):
    pass
try:
    Blob().area()
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    print(Blob())
except NotImplementedError as e:
    print('repr failed:', repr(e))
