# sort with key/reverse, stability, sorted()
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y'), (2, 'c'), (1, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
n = [5, -3, 2, -8, 0, 7, -1]
n.sort(key=abs); print(n)
n.sort(reverse=True); print(n)
n.sort(); print(n)
print(sorted([3.5, 1, 2.25, -0.5, True]), sorted([]), sorted('hello'), sorted((3, 1, 2), reverse=True))
print(sorted({'b': 1, 'a': 2}), sorted({3, 1, 2}), sorted(range(5, 0, -2)))
data = [{'n': 'x', 'v': 2}, {'n': 'y', 'v': 1}, {'n': 'z', 'v': 2}]
print([d['n'] for d in sorted(data, key=lambda d: d['v'])])
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-5:])
m = [[3, 'c'], [1, 'a'], [2, 'b'], [1, 'A']]
m.sort(); print(m)
