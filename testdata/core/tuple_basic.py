# tuples: packing, unpacking, comparison, hashing
t = 1, 2, 3
print(t, type(t), len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple('ab'))
a, b, c = t; print(a, b, c)
a, b = b, a; print(a, b)
(x, y), z = (1, 2), 3; print(x, y, z)
[p, q] = 'pq'; print(p, q)
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 'a') == (1, 'a'), () < (0,))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)), {(1, 2): 'v'}[(1, 2)])
print(t + (4,), t * 2, (0,) * 3, 2 in t, t.count(2), t.index(3))
print((1, [2, 3])[1], ((1, 2), (3, 4))[1][0])
u = (1, [2])
u[1].append(3)
print(u)
try:
    u[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    hash(u)
except TypeError as e:
    print('TypeError:', e)
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
print(max((3, 1), (2, 5)), min([(1, 'b'), (1, 'a')]), sorted([(2, 1), (1, 2), (1, 1)]))
print(repr((1,)), repr(('a', 'b')), str((None,)))
