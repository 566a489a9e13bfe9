# type() vs isinstance vs issubclass with user classes
class A: pass
class B(A): pass
class C(B): pass
class D: pass
objs = [A(), B(), C(), D()]
for o in objs:
    print(type(o).__name__, type(o) is A, isinstance(o, A), isinstance(o, (B, D)), type(o) in (A, B))
print(issubclass(C, A), issubclass(A, C), issubclass(C, (D, B)), issubclass(D, object), issubclass(A, A))
print(C.__bases__[0].__name__, [k.__name__ for k in C.__mro__], type(C).__name__, isinstance(C, type))
def describe(x):
    if isinstance(x, C):
        return 'C'
    elif isinstance(x, B):
        return 'B'
    elif isinstance(x, A):
        return 'A'
    return 'other'
print([describe(o) for o in objs + [1, 'x']])
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(A(), A)
except TypeError as e:
    print('TypeError:', e)
