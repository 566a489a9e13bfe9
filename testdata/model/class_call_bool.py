# __call__, __bool__, __len__ truthiness
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (self.n + x + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])), sorted([3, 1, 2], key=Adder(-10)))
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Neither:
    pass
print(bool(Flag(True)), bool(Flag(False)))
print(bool(Sized(0)), bool(Sized(3)), bool(Neither()))
if Sized(0) or Flag(False):
    print('truthy')
else:
    print('both falsy')
print(not Sized(2), bool(Sized(0) and 'x'), [x for x in [Sized(0), Sized(1)] if x].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print('ValueError:', e)
