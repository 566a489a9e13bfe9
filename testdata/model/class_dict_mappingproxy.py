# C.__dict__ and vars(C) are a read-only mappingproxy of the class namespace:
# reading works like a dict, writing through it is a TypeError.
class K:
    a = 1
    def m(self): pass
d = K.__dict__
print(type(d).__name__, type(vars(K)).__name__, d['a'], 'a' in d, 'zz' in d, d.get('a'), d.get('zz', 0), len(d) > 2)
print([k for k in d if not k.startswith('__')], [k for k in d.keys() if k == 'a'], type(d.copy()).__name__, ('a', 1) in d.items(), 1 in d.values())
for bad in [lambda: d.__setitem__('b', 2), lambda: d.update({'x': 1}), lambda: hash(d), lambda: d < d, lambda: d['missing']]:
    try:
        bad(); print('no error')
    except (TypeError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
try:
    K.__dict__['b'] = 2
except TypeError as e:
    print(e)
try:
    del K.__dict__['a']
except TypeError as e:
    print(e)
K.b = 5; print(K.__dict__['b'], 'b' in vars(K), K.__dict__ == K.__dict__, K.__dict__ == dict(K.__dict__), K.__dict__ != {})
print(repr(int.__dict__)[:14], 'bit_length' in int.__dict__, str(type(object.__dict__)))
from dataclasses import dataclass
@dataclass
class P:
    x: int = 0
print(P(3), 'x' in P.__dict__, P.__dict__['x'])
import functools
class Q:
    @functools.cached_property
    def v(self): return 1
print(Q().v, sorted(k for k in vars(Q) if not k.startswith('__')))
