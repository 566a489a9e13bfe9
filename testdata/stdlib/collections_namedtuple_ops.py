from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point, Point.__name__, Point._fields, Point.__doc__)
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)), p < Point(1, 3))
print(Point(x=5, y=6), Point(7, y=8))
print(p._replace(x=10), p._asdict(), Point._make([3, 4]))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__)

P3 = namedtuple('P3', 'a, b c', defaults=[0, 1])
print(P3(9), P3(9, 8), P3(9, 8, 7), P3._field_defaults)
R = namedtuple('R', 'name def class', rename=True)
print(R._fields)

class Vec(namedtuple('Vec', 'x y')):
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y

v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2(), sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(lambda: Point(1))
err(lambda: Point())
err(lambda: Point(1, 2, 3))
err(lambda: Point(1, 2, z=3))
err(lambda: Point(1, x=2))
err(lambda: Point._make([1]))
err(lambda: p._replace(z=1))
err(lambda: namedtuple('A', 'x x'))
err(lambda: namedtuple('A', 'x _y'))
err(lambda: namedtuple('A', 'x def'))
err(lambda: namedtuple('1A', 'x'))
err(lambda: namedtuple('A', 'x', defaults=[1, 2]))
err(lambda: setattr(p, 'x', 5))
err(lambda: setattr(p, 'z', 5))
d = {Point(0, 0): 'origin'}
print(d[(0, 0)], d[Point(0, 0)])
