# every list method
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); a.extend((7,)); a.extend('ab'); a.extend(range(2)); print(a)
a.insert(0, 'first'); a.insert(-1, 'neg'); a.insert(100, 'end'); a.insert(-100, 'start'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove('a'); print(a)
print(a.index(2), a.index(1), a.index(1, 3), a.count(1), a.count('zz'))
b = a.copy(); b.append('copy'); print(len(a), len(b), a is b, a == b[:-1])
a.clear(); print(a, b[:3])
c = [5, 2, 8, 1]
c.reverse(); print(c)
print(c.sort(), c, c.reverse(), c)
x = []
print(x.append(1), x)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print('IndexError:', e)
try:
    [1, 2].index(3)
except ValueError as e:
    print('ValueError:', e)
try:
    [1].remove(2)
except ValueError as e:
    print('ValueError:', e)
l = [1, 2, 1, 2, 1]
l.remove(1); print(l)
