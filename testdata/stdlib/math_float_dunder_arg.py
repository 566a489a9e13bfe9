# math functions convert an argument with __float__ by calling it (this
# crashed minipy: the conversion ran without a thread).
import math, sys
class F:
    def __float__(self): return 2.5
for name in ['sqrt', 'exp', 'fabs', 'isnan', 'log2', 'log10', 'floor', 'ceil', 'modf', 'frexp', 'trunc']:
    try:
        print(name, getattr(math, name)(F()))
    except Exception as e:
        print(name, type(e).__name__, e)
print(math.log(F()), math.log(F(), F()), math.pow(F(), 2), math.atan2(F(), F()), math.hypot(F(), F()), math.fsum([F(), 1]), math.isclose(F(), 2.5), math.ldexp(F(), 2), math.copysign(3, F()), math.dist([F()], [0]))
class Bad:
    def __float__(self): return 'x'
try:
    math.sqrt(Bad())
except TypeError as e:
    print(e)
class Raises:
    def __float__(self): raise ValueError('no float')
try:
    math.exp(Raises())
except ValueError as e:
    print(e)
