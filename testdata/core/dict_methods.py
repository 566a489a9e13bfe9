# every dict method
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d['b'])
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop('a'), d.pop('zz', 'dflt'), d)
d.update({'c': 3}); d.update([('d', 4)]); d.update(e=5, b=20); print(d)
print(d.setdefault('b', 99), d.setdefault('f', 6), d.setdefault('g'), d)
print(d.popitem(), d.popitem(), d)
c = d.copy(); c['x'] = 1; print(d, c, c is d)
d.clear(); print(d, len(d))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1); print(shared)
print(dict(a=1, b=2), dict([(1, 'x'), (2, 'y')]), dict({'k': 'v'}, k2='v2'), dict())
print(dict(zip('abc', range(3))))
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    {}.pop('missing')
except KeyError as e:
    print('KeyError:', e)
e = {'k': 1}
print('k' in e, 'v' in e, 1 in e.values(), ('k', 1) in e.items(), len(e.keys()))
