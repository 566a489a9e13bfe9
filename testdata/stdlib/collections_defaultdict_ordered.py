from collections import defaultdict, OrderedDict, ChainMap

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d)
print(d['missing'], dict(d), len(d))
print(d.get('nothing'), 'nothing' in d)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(dict(nested['x']), isinstance(nested, dict))
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain['k']
except KeyError as e:
    print('KeyError:', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
s = defaultdict(set, {'a': {1}})
s['b'].add(2)
print(s)
cp = s.copy()
cp['c']
print(len(s), len(cp), type(cp).__name__)
print(defaultdict(int, a=1) | {'b': 2})

o = OrderedDict()
o['x'] = 1
o['y'] = 2
o['z'] = 3
print(o)
o.move_to_end('x')
print(list(o))
o.move_to_end('z', last=False)
print(list(o.items()))
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict(), OrderedDict([(1, 2)]))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    o.move_to_end('nope')
except KeyError as e:
    print('KeyError:', e)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('q', 0))
cm['c'] = 4
print(cm.maps[0], dict(cm.items()) == {'a': 1, 'b': 3, 'c': 4})
child = cm.new_child()
child['a'] = 100
print(child['a'], cm['a'], child.parents)
try:
    del cm['b']
except KeyError as e:
    print('KeyError:', e)
