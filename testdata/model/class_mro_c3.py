# multiple inheritance, C3 linearisation and cooperative super()
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who(), B().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Q(K1, K2, K3): pass
print([k.__name__ for k in Q.__mro__])
print([k.__name__ for k in Q.mro()])
class Base:
    def __init__(self):
        self.log = ['Base']
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Left')
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Right')
class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append('Child')
print(Child().log)
class M1:
    greet = 'm1'
class M2:
    greet = 'm2'
    only2 = 'only in m2'
class Both(M1, M2):
    pass
print(Both.greet, Both().only2, isinstance(Both(), M2))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
