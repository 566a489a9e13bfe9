# collections.Counter
from collections import Counter
c = Counter('abracadabra')
print(c)
print(c.most_common(2), c.most_common()[-1], c['a'], c['z'], len(c))
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc.most_common(3), sorted(wc.elements())[:5])
c2 = Counter(a=3, b=1)
c3 = Counter({'a': 1, 'b': 2, 'c': 1})
print(c2 + c3, c2 - c3, c2 & c3, c2 | c3)
c2.update('aab'); print(c2)
c2.subtract({'a': 10}); print(c2)
print(+c2, sum(c3.values()), sum(c2.values()))
print(Counter([1, 1, 2, 3, 3, 3]).most_common(1)[0], Counter() == Counter(), Counter('ab') == Counter('ba'))
inv = Counter()
for item, n in [('apple', 3), ('pear', 2), ('apple', 1)]:
    inv[item] += n
print(inv, list(inv.keys()), dict(inv))
del inv['pear']
print(inv)
