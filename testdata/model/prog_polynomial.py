# polynomial class: arithmetic, evaluation, derivative, pretty printing
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    def degree(self):
        return len(self.c) - 1
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __mul__(self, o):
        if isinstance(o, int):
            return Poly([a * o for a in self.c])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __sub__(self, o):
        return self + -o
    def __eq__(self, o):
        return self.c == o.c
    def deriv(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            coef = '' if abs(a) == 1 and i > 0 else str(abs(a))
            var = '' if i == 0 else 'x' if i == 1 else f'x^{i}'
            sign = '-' if a < 0 else '+'
            terms.append((sign, coef + var))
        s = ''.join(f' {sg} {t}' for sg, t in terms).strip()
        return s[2:] if s.startswith('+ ') else '-' + s[2:] if s.startswith('- ') else s
p = Poly([1, -3, 0, 2])
q = Poly([0, 1])
print(p, '|', q, '|', p + q, '|', p - p, '|', p * q, '|', -p, '|', 3 * q)
print(p(0), p(1), p(2), p(-1.5), p.degree(), (p * p).degree())
print(p.deriv(), p.deriv().deriv(), Poly([5]).deriv(), Poly([0, 0, 0]))
x = Poly([0, 1])
binom = Poly([1])
for _ in range(5):
    binom = binom * (x + Poly([1]))
print(binom, binom.c, binom(1) == 2 ** 5)
print((x * x - Poly([1])) == (x - Poly([1])) * (x + Poly([1])))
