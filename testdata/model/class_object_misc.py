# object(), type objects, class bodies executing code
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError:', e)
class Body:
    print('class body runs at definition time')
    x = 1
    y = x * 2
    items = [i for i in range(3)]
    def m(self):
        return self.y
print(Body.x, Body.y, Body.items, Body().m())
print(type(Body) is type, isinstance(Body, type), type(int), type(type))
def make_class(n):
    class Local:
        size = n
        def get(self):
            return self.size
    return Local
A, B = make_class(1), make_class(2)
print(A().get(), B().get(), A is B, A.__name__)
class Outer:
    class Inner:
        v = 'inner'
    def make(self):
        return self.Inner()
print(Outer.Inner.v, Outer().make().v, type(Outer().make()).__name__)
print(int.__name__, str.__name__, type(None).__name__, object.__name__)
