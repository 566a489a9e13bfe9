# __eq__ and __hash__
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a in [a], b in [a], len({a, b, a}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p1, p2, p3 = Point(1, 2), Point(1, 2), Point(2, 1)
print(p1 == p2, p1 != p2, p1 == p3, p1 is p2, p1 == (1, 2), p1 != 'x')
print({p1, p2, p3}.__len__(), {p1: 'a'}[p2], p2 in [p3, p1], [p1, p3].index(p2), [p1, p2].count(Point(1, 2)))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)
try:
    {NoHash()}
except TypeError as e:
    print('TypeError:', e)
print(NoHash() == 5, 5 == NoHash(), NoHash() != 1)
class Weird:
    def __eq__(self, other):
        return 'truthy string'
print(Weird() == 1, bool(Weird() == 1), Weird() != 1)
