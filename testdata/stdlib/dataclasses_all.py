from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point.__doc__, [f.name for f in fields(p)], [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(5))
print(asdict(p), astuple(p), replace(p, y=9), p.__match_args__)
p.x = 10
print(p, Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)

a = Inventory('a')
b = Inventory('a')
a.items.append(1)
print(a, b, a.items is b.items, Inventory('x', [1]) == Inventory('x', [1], count=5))
print(Inventory.__doc__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)

vs = [Version(1, 2), Version(0, 9), Version(1, 0, 'rc'), Version(1, 2, 'x')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2) == Version(1, 2, 'y'), max(vs))
print(hash(Version(1, 2)) == hash(Version(1, 2, 'z')), len({Version(1), Version(1), Version(2)}))
v = Version(3)
try:
    v.major = 4
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
try:
    v.other = 1
except AttributeError as e:
    print(type(e).__name__ + ':', e)
try:
    del v.minor
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
try:
    Version(1) < 5
except TypeError as e:
    print('TypeError:', e)

@dataclass
class Base:
    id: int
    name: str = 'base'

@dataclass
class Child(Base):
    extra: float = 1.5

    def describe(self):
        return '%s#%d' % (self.name, self.id)

c = Child(7)
print(c, c.describe(), Child(1, 'n', 2.5), [f.name for f in fields(Child)], asdict(c))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    c: list = field(init=False, default_factory=list)

    def __post_init__(self):
        self.b = self.a * 2

w = WithPost(4)
print(w, w.b, w.c)

@dataclass
class Custom:
    v: int

    def __repr__(self):
        return 'Custom<%d>' % self.v

print(Custom(3), Custom(3) == Custom(3))

@dataclass(eq=False)
class Ident:
    v: int

i1 = Ident(1)
print(i1 == Ident(1), i1 == i1, hash(i1) == hash(i1))

@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: int = field(default=0, hash=False)

print(hash(Hashy(1, 2)) == hash(Hashy(1, 3)), Hashy(1, 2) == Hashy(1, 3))

@dataclass
class Nested:
    points: list
    meta: dict
    pair: tuple

n = Nested([Point(1, 2), Point(3)], {'k': Point(0)}, (Point(9), 1))
print(asdict(n))
print(astuple(n))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(lambda: Point())
err(lambda: Point(1, 2, 3))
err(lambda: Point(1, z=3))
err(lambda: Point(1, x=3))
err(lambda: fields(5))
err(lambda: asdict(Point))
err(lambda: replace(p, z=1))
err(lambda: replace(w, b=1))
err(lambda: field(default=1, default_factory=list))

def bad_mutable():
    @dataclass
    class Q:
        a: list = []

def bad_order():
    @dataclass
    class Q:
        a: int = 1
        b: int

def bad_overwrite():
    @dataclass(order=True)
    class Q:
        a: int

        def __lt__(self, other):
            return True

def bad_eq_order():
    @dataclass(eq=False, order=True)
    class Q:
        a: int

err(bad_mutable)
err(bad_order)
err(bad_overwrite)
err(bad_eq_order)
