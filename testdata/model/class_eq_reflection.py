# __eq__ reflection and NotImplemented fallback to identity
class A:
    def __eq__(self, other):
        print('A.__eq__')
        return NotImplemented
class B:
    def __eq__(self, other):
        print('B.__eq__')
        return True
a, b = A(), B()
print(a == b)
print(b == a)
print(a == a)
print(a != b)
class Sub(B):
    def __eq__(self, other):
        print('Sub.__eq__')
        return False
print(B() == Sub())
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, (int, float)):
            return self.v == other
        if isinstance(other, Num):
            return self.v == other.v
        return NotImplemented
    __hash__ = None
print(Num(3) == 3, 3 == Num(3), Num(3) == Num(3.0), Num(1) == 'x', [Num(2)] == [2], 2 in [Num(2)])
print(Num(1) != 1, 1 != Num(2))
