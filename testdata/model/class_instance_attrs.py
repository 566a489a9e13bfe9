# Instance attributes: inline values, __dict__, vars(), del, __class__ and
# __dict__ assignment, descriptors and hooks added after instances exist.
class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
a = P(1, 2); b = P(3, 4)
b.z = 5
print(vars(a), vars(b), a.__dict__)
c = P(5, 6)
print(c.__dict__)
c.__dict__['w'] = 7
print(c.w, vars(c))
c.q = 9
print(vars(c))
del c.x
print(vars(c), hasattr(c, 'x'))
class Q:
    def __init__(self, order):
        for n in order: setattr(self, n, len(n))
q1 = Q(['a', 'bb', 'ccc']); q2 = Q(['ccc', 'a', 'dd']); q3 = Q(['a', 'bb'])
print(vars(q1), vars(q2), vars(q3))
q3.bb = 100; q3.ccc = 3; q3.eee = 1
print(vars(q3), q3.bb)
try:
    del q1.nope
except AttributeError as e: print(e)
try: q1.nope
except AttributeError as e: print(e)
class D:
    def __get__(self, obj, t): return 'desc'
class R:
    d = D()
    def __init__(self): self.d = 1
r = R()
print(r.d)
def st(self, obj, v): print('set', v)
D.__set__ = st
r.d = 5
print(r.d, vars(r))
class S:
    def __setattr__(self, n, v):
        print('setattr', n, v); object.__setattr__(self, n, v)
    def __init__(self): self.a = 1
s = S(); print(s.a, vars(s))
class G:
    def __getattr__(self, n): return n * 2
    def __init__(self): self.k = 1
g = G(); print(g.k, g.zz)
class Pr:
    def __init__(self): self._v = 0; self.v = 3
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x * 2
print(Pr().v, vars(Pr()))
class A1:
    def __init__(self): self.a = 1; self.b = 2
class A2:
    def __init__(self): self.b = 1; self.a = 2
x = A1(); x.__class__ = A2; x.c = 3; print(vars(x), type(x).__name__)
x.__dict__ = {'m': 1}; print(x.m, vars(x))
class M:
    def m(self): return 'method'
    def __init__(self): self.n = 1
m = M(); print(m.m()); m.m = lambda: 'inst'; print(m.m(), sorted(vars(m)))
class Many:
    def __init__(self):
        for i in range(40): setattr(self, 'a%d' % i, i)
mm = Many(); print(len(vars(mm)), mm.a39, mm.a0, list(vars(mm))[:3])
mm2 = Many(); print(mm2.a20)
class L(list):
    def __init__(self): super().__init__([1]); self.t = 2
l = L(); print(l, l.t, vars(l))
class Ex(Exception):
    def __init__(self, m): super().__init__(m); self.code = 3
e = Ex('x'); print(e, e.code, vars(e))
print(dir(P(1,2))[-2:])



class N:
    __slots__ = ('u',)
    def __init__(self): self.u = 1
n = N(); print(n.u)
try: n.v = 1
except AttributeError as e: print(e)
print(getattr(a, 'y'), a.__dict__ is a.__dict__)
a.__dict__.clear(); print(vars(a)); a.x = 10; print(vars(a))
class E2: pass
e2 = E2(); e2.foo = 1; print(vars(e2))
try: P(1,2).nosuch
except AttributeError as e: print(e)
class Base: pass
class C2(Base):
    def __init__(self): self.x = 1
def setx(o, v): o.x = v
def getx(o): return o.x
c = C2()
for i in range(3): setx(c, i); print(getx(c))
Base.x = property(lambda self: 'prop', lambda self, v: print('prop set', v))
setx(c, 10); print(getx(c), vars(c))
del Base.x
print(getx(c))
C2.__setattr__ = lambda self, n, v: print('hook', n, v)
setx(c, 5); print(getx(c))
del C2.__setattr__
setx(c, 6); print(getx(c))
C2.__getattribute__ = lambda self, n: 'ga ' + n
print(getx(c))
del C2.__getattribute__
print(getx(c))
class G:
    def __getattr__(self, n): return 'missing ' + n
g = G(); print(getx(g)); g.x = 3; print(getx(g))
class D(C2): pass
d = D(); print(getx(d)); setx(d, 7); print(getx(d), vars(d))
try: getx(Base())
except AttributeError as e: print(e)
c.__dict__['x'] = 99; print(getx(c))
C2.x = 'classattr'; print(getx(c)); del c.x; print(getx(c))
