# @dataclass: generated __init__, __repr__, __eq__, defaults, field(default_factory)
from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
a = Item('pen', 1.5)
b = Item('book', 12.0, 2, ['paper'])
print(a, b)
print(a.total(), b.total(), a == Item('pen', 1.5), a == b, a != b)
a.tags.append('cheap')
print(a.tags, Item('x', 1).tags)
c = Item(name='cup', qty=3, price=2)
print(c, c.name)
try:
    Item('only-name')
except TypeError as e:
    print('TypeError:', e)
@dataclass
class Point:
    x: int = 0
    y: int = 0
print(Point(), Point(1), Point(y=5), Point(1, 2) == Point(1, 2))
try:
    hash(Point())
except TypeError as e:
    print('TypeError:', e)
