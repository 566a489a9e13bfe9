# @dataclass(order=True) and @dataclass(frozen=True)
from dataclasses import dataclass, field
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
vs = [Version(1, 2, 'b'), Version(1, 0), Version(0, 9, 'old'), Version(1, 2, 'a')]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) > Version(1, 99), Version(1, 2, 'x') == Version(1, 2, 'y'), max(vs))
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: 'here'}[Coord(1.5, 2.5)], len({c, Coord(1.5, 2.5)}))
try:
    c.lat = 0
except AttributeError as e:
    print(type(e).__name__ + ':', e)
print(Coord.__name__, c == Coord(1.5, 2.5))
@dataclass
class WithPost:
    a: int
    b: int = 0
    def __post_init__(self):
        self.total = self.a + self.b
print(WithPost(1, 2).total, WithPost(5))
