# arithmetic dunders, reflected operands, NotImplemented
class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'M({self.v})'
    def __add__(self, o):
        if isinstance(o, M):
            return M(self.v + o.v)
        if isinstance(o, int):
            return M(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return M(o + self.v) if isinstance(o, int) else NotImplemented
    def __sub__(self, o):
        return M(self.v - (o.v if isinstance(o, M) else o))
    def __rsub__(self, o):
        return M(o - self.v)
    def __mul__(self, o):
        return M(self.v * (o.v if isinstance(o, M) else o))
    __rmul__ = __mul__
    def __truediv__(self, o):
        return M(self.v / o)
    def __floordiv__(self, o):
        return M(self.v // o)
    def __mod__(self, o):
        return M(self.v % o)
    def __pow__(self, o):
        return M(self.v ** o)
    def __rpow__(self, o):
        return M(o ** self.v)
    def __neg__(self):
        return M(-self.v)
    def __pos__(self):
        return M(+self.v)
    def __abs__(self):
        return M(abs(self.v))
    def __invert__(self):
        return M(~self.v)
    def __and__(self, o):
        return M(self.v & o)
    def __or__(self, o):
        return M(self.v | o)
    def __xor__(self, o):
        return M(self.v ^ o)
    def __lshift__(self, o):
        return M(self.v << o)
    def __rshift__(self, o):
        return M(self.v >> o)
a, b = M(7), M(2)
print(a + b, a + 1, 1 + a, a - b, 10 - a, a * b, 3 * a, a * 3)
print(a / 2, a // 2, a % 4, a ** 2, 2 ** b, -a, +a, abs(M(-3)), ~a)
print(a & 3, a | 8, a ^ 1, a << 2, a >> 1)
print(sum([M(1), M(2), M(3)]), sum([M(1)], M(10)))
try:
    a + 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    'x' + a
except TypeError as e:
    print('TypeError:', e)
try:
    a @ a if False else a < a
except TypeError as e:
    print('TypeError:', e)
x = M(1)
x += 5
x *= 2
x -= 1
print(x)
