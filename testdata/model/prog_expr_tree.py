# expression tree evaluator with classes and operator overloading
class Expr:
    def __add__(self, o): return BinOp('+', self, wrap(o))
    def __radd__(self, o): return BinOp('+', wrap(o), self)
    def __sub__(self, o): return BinOp('-', self, wrap(o))
    def __rsub__(self, o): return BinOp('-', wrap(o), self)
    def __mul__(self, o): return BinOp('*', self, wrap(o))
    def __rmul__(self, o): return BinOp('*', wrap(o), self)
    def __truediv__(self, o): return BinOp('/', self, wrap(o))
    def __pow__(self, o): return BinOp('**', self, wrap(o))
    def __neg__(self): return BinOp('*', Num(-1), self)
def wrap(x):
    return x if isinstance(x, Expr) else Num(x)
class Num(Expr):
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
    def __repr__(self): return repr(self.v)
    def deriv(self, var): return Num(0)
class Var(Expr):
    def __init__(self, name): self.name = name
    def eval(self, env):
        if self.name not in env:
            raise NameError(f'unbound variable {self.name}')
        return env[self.name]
    def __repr__(self): return self.name
    def deriv(self, var): return Num(1 if var == self.name else 0)
class BinOp(Expr):
    OPS = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
           '/': lambda a, b: a / b, '**': lambda a, b: a ** b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self, env): return self.OPS[self.op](self.l.eval(env), self.r.eval(env))
    def __repr__(self): return f'({self.l!r} {self.op} {self.r!r})'
    def deriv(self, v):
        l, r, dl, dr = self.l, self.r, self.l.deriv(v), self.r.deriv(v)
        if self.op in '+-':
            return BinOp(self.op, dl, dr)
        if self.op == '*':
            return dl * r + l * dr
        if self.op == '/':
            return (dl * r - l * dr) / (r * r)
        return r * l ** (r - 1) * dl
x, y = Var('x'), Var('y')
e = 3 * x ** 2 + 2 * x * y - y / 4 + 1
print(e)
print(e.eval({'x': 2, 'y': 8}), e.eval({'x': -1.5, 'y': 0}))
d = e.deriv('x')
print(d)
print(d.eval({'x': 2, 'y': 8}), e.deriv('y').eval({'x': 2, 'y': 8}))
print((-x).eval({'x': 5}), (1 - x).eval({'x': 5}))
try:
    e.eval({'x': 1})
except NameError as err:
    print('NameError:', err)
try:
    (x / (y - y)).eval({'x': 1, 'y': 2})
except ZeroDivisionError as err:
    print('ZeroDivisionError:', err)
