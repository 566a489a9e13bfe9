# getattr/hasattr on modules and objects
import math
import sys
print(getattr(math, 'pi'), getattr(math, 'tau', None), getattr(math, 'nope', 'default'))
print(hasattr(math, 'sqrt'), hasattr(math, 'nope'), hasattr(sys, 'argv'))
f = getattr(math, 'floor')
print(f(2.7), getattr('abc', 'upper')(), getattr([3, 1], 'index')(1))
print(math.__name__, sys.__name__, type(math).__name__)
try:
    getattr(math, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(5, 'real_not')
except AttributeError as e:
    print('AttributeError:', e)
name = 'sq' + 'rt'
print(getattr(math, name)(16))
print((5).real if hasattr(5, 'real') else None, (3.5).is_integer(), (4.0).is_integer())
