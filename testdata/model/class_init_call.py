# Calling a class: __init__'s return value, a generator __init__, argument
# errors, recursion through __init__ (two levels per call, as in CPython),
# __new__ returning another type, __init__ replaced after instances exist.
class R:
    def __init__(self): return 1
try:
    R()
except TypeError as e:
    print(e)
class G:
    def __init__(self): yield 1
try:
    G()
except TypeError as e:
    print(e)
class K:
    def __init__(self, a, *, b): self.s = (a, b)
print(K(1, b=2).s)
try:
    K(1)
except TypeError as e:
    print(e)
class E: pass
try:
    E(1)
except TypeError as e:
    print(e)
print(type(E()).__name__)
d = 0
class A:
    def __init__(self):
        global d
        d += 1
        A()
try:
    A()
except RecursionError as e:
    print(e)
print(d)
class N:
    def __new__(cls, x):
        return x
    def __init__(self, x):
        print('not called')
print(N(5))
class M:
    def __init__(self): self.v = 1
m1 = M()
M.__init__ = lambda self: setattr(self, 'v', 2)
print(m1.v, M().v)
class L:
    def __init__(self, *args, **kw): self.args, self.kw = args, kw
obj = L(1, 2, x=3)
print(obj.args, obj.kw)
def make(cls, *a): return cls(*a)
print(make(L, 4).args)
class Meth:
    def build(self): return L(self)
print(Meth().build().args[0].__class__.__name__)
