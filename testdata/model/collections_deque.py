# collections.deque
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(list(d), list(reversed(d)), 7 in d, d.count(1), d.index(7))
d.remove(7); print(d)
d.clear(); print(d, bool(d))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(99); print(m)
last3 = deque('abcdefg', 3)
print(last3, ''.join(last3))
try:
    deque().pop()
except IndexError as e:
    print('IndexError:', e)
try:
    deque().popleft()
except IndexError as e:
    print('IndexError:', e)
q = deque()
for job in ['a', 'b', 'c']:
    q.append(job)
while q:
    print('run', q.popleft(), 'remaining', list(q))
print(deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]) if True else None, deque(range(3)) * 2)
