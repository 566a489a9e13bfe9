# insertion order, overwrite keeps position, deletion then reinsertion
d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(d, list(d))
d['a'] = 100
print(d)
del d['z']
d['z'] = -1
print(d)
print({1: 'a', True: 'b', 1.0: 'c'}, {'x': 1, 'x': 2})
e = {3: 'c', 1: 'a', 2: 'b'}
print(list(e), sorted(e), list(reversed(list(e))))
print({k: v for k, v in sorted(e.items())})
print(d == {'m': 2, 'b': 3, 'a': 100, 'z': -1}, {1: 2} == {1: 2.0})
f = dict(e)
f.pop(1)
f[1] = 'again'
print(f)
keys = {(1, 2): 'tuple', None: 'none', 2.5: 'float', 'str': 's', -1: 'neg', False: 'F'}
print(keys, keys[(1, 2)], keys[None], keys[0])
