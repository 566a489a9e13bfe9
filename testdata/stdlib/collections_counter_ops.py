from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(c['a'], c['z'], 'z' in c, len(c), c.total())
c['z'] += 3
print(c)
del c['z']
del c['not there']
print(c)
c.update('aaz')
c.update({'b': 10})
c.update(x=2)
print(c)
c.subtract('aaaaaaaaaa')
print(c)
print(sorted(c.elements()))
print(+c, -c)
x = Counter(a=3, b=1, c=0)
y = Counter(a=1, b=2, d=5)
print(x + y, x - y, x | y, x & y)
print(x == Counter(a=3, b=1), x != y, Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=3))
x += y
print(x)
x -= Counter(a=10)
print(x)
w = Counter(['x', 'y', 'x'])
w |= Counter(y=5)
print(w)
w &= Counter(y=2, x=9)
print(w)
print(Counter(), repr(Counter({})), Counter({'k': 1}).copy())
words = "the quick brown fox jumps over the lazy dog the end".split()
for word, n in Counter(words).most_common(3):
    print(word, n)
print(dict(Counter(words)))
print(isinstance(c, dict), type(c).__name__)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError:', e)
