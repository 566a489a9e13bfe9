from collections import deque

d = deque()
print(d, len(d), bool(d))
for i in range(20):
    d.append(i)
    if i % 3 == 0:
        d.appendleft(-i)
print(d)
print(d.popleft(), d.pop(), len(d))
print(d[0], d[-1], d[5], 3 in d, 100 in d)
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(0)
d.rotate(len(d) * 2 + 1)
print(d)
print(d.count(0), d.index(5), d.index(5, 2))
d[1] = 'x'
del d[0]
print(d)
d.insert(2, 'ins')
d.remove('x')
print(d)
d.reverse()
print(d, list(reversed(d))[:3])
d.extendleft([100, 200])
d.extend(range(3))
print(d)
d.clear()
print(d, len(d))

# maxlen
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([7, 8, 9, 10])
print(m)
m.extendleft('ab')
print(m)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z, deque().maxlen)

# comparisons and arithmetic
a = deque([1, 2, 3])
b = deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2, 3]), a == [1, 2, 3])
print(a + b, a * 2, 2 * a)
a += [9]
print(a)
a *= 2
print(a)
c = a.copy()
c.append(0)
print(a, c)
print(list(deque('hello')), deque(deque([1, 2])))

# ring buffer wrap-around under a queue workload
q = deque()
total = 0
for i in range(1000):
    q.append(i)
    if i % 2:
        total += q.popleft()
print(len(q), total, q[0], q[-1], q[len(q) // 2])

# errors
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(lambda: deque().pop())
err(lambda: deque().popleft())
err(lambda: deque([1])[3])
err(lambda: deque([1])[-2])
err(lambda: deque([1]).remove(2))
err(lambda: deque([1]).index(2))
err(lambda: deque([1], maxlen=-1))
err(lambda: deque([1, 2], maxlen=2).insert(0, 5))
err(lambda: deque([1]) + [2])
err(lambda: deque([1])['a'])

it = deque([1, 2, 3])
try:
    for x in it:
        it.append(x)
except RuntimeError as e:
    print('RuntimeError:', e)
