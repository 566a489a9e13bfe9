# sets of ints: operators and methods
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.union([9], (8,)), a.intersection(range(3)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a)
s = set()
s.add(5); s.add(5); s.add(1)
print(s, len(s), 5 in s, 6 in s)
s.discard(99); s.discard(5); print(s)
try:
    s.remove(42)
except KeyError as e:
    print('KeyError:', e)
s.remove(1); print(s, s == set())
print(set(), set([3, 3, 1]), set(range(5)), set('aaa'), {x % 3 for x in range(10)})
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print('KeyError:', e)
c = {1, 2}
c |= {3}; c &= {2, 3, 4}; c -= {9}; c ^= {2, 10}; print(c)
print({1, 2} == {2, 1}, {1} != {1.0}, {0} == {False}, len({1, 1.0, True}))
print(sorted({'pear', 'apple', 'fig'}), sorted({'b', 'a'} | {'c'}))
print(sorted({-5, 3, -1}), max({4, 9, 2}), sum({1, 2, 3}))
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
f = frozenset([1, 2, 3])
print(f, f | {4}, type(f | {4}), {4} | f, type({4} | f), frozenset(), frozenset() == set())
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {f: 'ok'}[frozenset({1, 2, 3})])
print({frozenset({1}), frozenset({1})}, f & {2, 3, 9}, f - {1})
try:
    {1}.add([2])
except TypeError as e:
    print('TypeError:', e)
print(set({1: 2, 3: 4}), {(1, 2), (1, 2)}, {None})
