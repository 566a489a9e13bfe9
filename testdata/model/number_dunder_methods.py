# int's own dunder methods take ints only (CPython's long_add,
# long_richcompare...): with a float they return NotImplemented, although
# the operators mix the two. float's take ints. __pow__ and __rpow__ take
# an optional modulo; __divmod__ and __rdivmod__ exist.
print((5).__add__(1.0), (5).__radd__(1.0), (5).__sub__(1.0), (5).__mul__(1.0), (5).__truediv__(2.0))
print((5).__floordiv__(2.0), (5).__rsub__(1.0), int.__mod__(5, 2.0), True.__add__(1.0), (2**70).__add__(1.0))
print((5).__eq__(5.0), (5).__lt__(5.5), (5).__ne__("x"), (5).__eq__(5), (1.5).__add__(1), (1.5).__radd__(2), (5.0).__eq__(5))
print(5 + 1.0, 5 == 5.0, 5 < 5.5, 1.0 + True, 2**70 + 1.0)
print((3).__pow__(2, None), (3).__rpow__(2, 5), (2.0).__pow__(2, None), (3).__pow__(2), (2.0).__rpow__(3), (3).__pow__(2, 5))
print((3).__pow__(2.0, 5), (3).__pow__(2, 5.0), (3).__pow__(-1, 7), True.__pow__(2), (2**70).__pow__(2, 10**9 + 7))
for f in [lambda: (2.0).__pow__(2, 5), lambda: (3).__pow__(2, 5, 6), lambda: (3).__add__(2, 5), lambda: (3).__pow__()]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print((7).__divmod__(2), (7).__rdivmod__(20), (7.5).__divmod__(2), (7).__divmod__(2.0), (2.0).__rdivmod__(7))
print((7.5).__divmod__("x"), True.__divmod__(True), (-7).__divmod__(2**70), "__divmod__" in dir(1.5))
try:
    (7).__divmod__(0)
except ZeroDivisionError as e:
    print(e)
