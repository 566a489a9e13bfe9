# dict views are live
d = {'a': 1, 'b': 2}
k, v, it = d.keys(), d.values(), d.items()
d['c'] = 3
print(k, v, it)
print(len(k), 'c' in k, 3 in v, ('c', 3) in it)
del d['a']
print(list(k), list(v), list(it))
print(sorted(k), list(reversed(list(v))))
print(k == {'b', 'c'} if False else sorted(k) == ['b', 'c'])
for key, val in d.items():
    print(key, '->', val)
print([x for x in d.values() if x > 2])
e = {}
print(list(e.keys()), list(e.items()), e.keys())
