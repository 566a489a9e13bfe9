# type(), isinstance, callable, repr, hash, id
vals = [1, 1.5, 'a', b'b', [1], (1,), {1: 2}, {1}, frozenset(), range(1), None, True, len, print]
for v in vals:
    print(type(v), type(v).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1, (float, int)), isinstance('a', (list, tuple)))
print(isinstance(1.0, (int, (float, str))), isinstance([], list), isinstance({}, dict), isinstance(None, type(None)))
print(type(1) == int, type(True) == int, type(True) is bool, type('') is str, type(type(1)))
print(callable(len), callable(lambda: 1), callable(1), callable('x'), callable(int), callable(print))
print(repr(1), repr('1'), repr([1, '1']), repr(None), repr(1.0), repr(b'x'), repr(len) == '<built-in function len>')
print(hash(1) == hash(1.0), hash('a') == hash('a'), hash((1, 'a')) == hash((1, 'a')), hash(-1) == hash(-2), hash(0) == 0, hash(12345))
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]) if False else x is y, type(id(x)))
print(int is type(5), str(int), str(type('')), repr(float))
print(type(1)(3.7), type('')(5), type([])('ab'), type(1.0)('2.5'))
def f():
    pass
print(type(f).__name__, f.__name__, callable(f), type(f) == type(lambda: 0))
print(issubclass(bool, int), issubclass(int, object), isinstance(int, type), isinstance(3, object))
