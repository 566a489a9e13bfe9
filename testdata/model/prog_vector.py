# a 2D/ND vector class with operator overloading
import math
class Vector:
    def __init__(self, *components):
        self.c = tuple(components)
    def __repr__(self):
        return f'Vector{self.c}'
    def __str__(self):
        return '<' + ', '.join(f'{x:g}' for x in self.c) + '>'
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __iter__(self):
        return iter(self.c)
    def _check(self, o):
        if len(o) != len(self):
            raise ValueError(f'dimension mismatch: {len(self)} vs {len(o)}')
    def __add__(self, o):
        self._check(o)
        return Vector(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o):
        self._check(o)
        return Vector(*(a - b for a, b in zip(self, o)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            self._check(k)
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(*(a / k for a in self))
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return math.sqrt(self * self)
    def __eq__(self, o):
        return isinstance(o, Vector) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return any(self.c)
    def normalized(self):
        return self / abs(self)
v, w = Vector(3, 4), Vector(1, -2)
print(v, repr(w), v + w, v - w, v * 2, 3 * w, v * w, -v, abs(v), v / 2)
print(v.normalized(), abs(v.normalized()), v == Vector(3, 4), v != w, bool(Vector(0, 0)), bool(v))
print(len(v), v[0], list(w), {v, Vector(3, 4), w}.__len__(), sum([v, w], Vector(0, 0)))
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    v + 5
except TypeError as e:
    print('TypeError:', e)
