# functools.reduce and functools.partial
from functools import reduce, partial
import functools
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda a, b: a + b, [], 0), reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + b, ['x']), functools.reduce(lambda a, b: b + a, 'abc'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError:', e)
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(10, mod=1000), square(base=7))
p = partial(print, 'prefix:', sep='|')
p('a', 'b')
int2 = partial(int, base=2)
print(int2('1011'), int2('111', base=10))
nested = partial(partial(power, 3), 4)
print(nested(), nested(mod=5))
print(p.args, sorted(square.keywords.items()), two_to.func is power)
