# collections.defaultdict
from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], 'z' in groups, len(groups))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
nested['a']['y'] += 2
nested['b']['x'] += 3
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s['k'].add(1); s['k'].add(1); s['j'].add(2)
print(dict(s))
plain = defaultdict()
try:
    plain['missing']
except KeyError as e:
    print('KeyError:', e)
d = defaultdict(lambda: 'N/A', {'a': 'present'})
print(d['a'], d['b'], d.get('c'), list(d))
print(isinstance(d, dict), type(d).__name__)
