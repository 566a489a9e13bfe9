# collections.namedtuple
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)))
q = p._replace(y=10)
print(q, p, q._asdict(), Point._fields)
print(Point(x=5, y=6), Point._make([7, 8]), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
Color = namedtuple('Color', 'red green blue')
print(Color(255, 0, 128), Color._fields)
Emp = namedtuple('Emp', 'name, dept, salary', defaults=[0])
print(Emp('ann', 'eng'), Emp('bob', 'ops', 10))
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)
class Vec(namedtuple('Vec', 'x y')):
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(3, 4)
print(v, v.norm2(), isinstance(v, tuple))
d = {Point(0, 0): 'origin'}
print(d[Point(0, 0)], d[(0, 0)])
