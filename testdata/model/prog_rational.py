# a Rational number class with full arithmetic and comparisons
import math
class Rational:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('Rational with zero denominator')
        if d < 0:
            n, d = -n, -d
        g = math.gcd(n, d)
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        return o if isinstance(o, Rational) else Rational(o) if isinstance(o, int) else None
    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Rational(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Rational(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Rational(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Rational(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Rational(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Rational(o) / self
    def __pow__(self, k):
        return Rational(self.n ** k, self.d ** k) if k >= 0 else Rational(self.d ** -k, self.n ** -k)
    def __neg__(self):
        return Rational(-self.n, self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f'{self.n}/{self.d}' if self.d != 1 else str(self.n)
h = Rational(1, 2)
t = Rational(1, 3)
print(h + t, h - t, h * t, h / t, t - h, 1 + h, 1 - h, 2 * t, 1 / t, h ** 3, t ** -2, -h)
print(h == Rational(2, 4), h == 1, Rational(4, 2) == 2, h < t, t < h, t <= t, sorted([h, t, Rational(-1, 5), Rational(7, 8)]))
print(sum(Rational(1, n * (n + 1)) for n in range(1, 50)), float(Rational(22, 7)), Rational(6, -8))
harmonic = sum((Rational(1, k) for k in range(1, 11)), Rational(0))
print(harmonic, round(float(harmonic), 6), len({h, Rational(3, 6), t}))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    h + 0.5
except TypeError as e:
    print('TypeError:', e)
