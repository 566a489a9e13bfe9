# the iterator protocol with __iter__ and __next__
class Range2:
    def __init__(self, start, stop, step=1):
        self.cur, self.stop, self.step = start, stop, step
    def __iter__(self):
        return self
    def __next__(self):
        if (self.step > 0 and self.cur >= self.stop) or (self.step < 0 and self.cur <= self.stop):
            raise StopIteration
        v = self.cur
        self.cur += self.step
        return v
print(list(Range2(0, 5)), list(Range2(10, 0, -3)), sum(Range2(1, 101)))
r = Range2(0, 3)
print(next(r), list(r), list(r), next(r, 'spent'))
class Cycle:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return CycleIter(self.items)
class CycleIter:
    def __init__(self, items):
        self.items, self.i = items, 0
    def __iter__(self):
        return self
    def __next__(self):
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v
c = Cycle('ab')
out = []
for x in c:
    out.append(x)
    if len(out) == 5:
        break
print(out, list(zip(c, range(3))))
a, b, c2 = Range2(0, 3)
print(a, b, c2, [*Range2(5, 8)], dict(zip(Range2(0, 2), 'xy')))
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError:', e)
class NoNext:
    pass
try:
    next(NoNext())
except TypeError as e:
    print('TypeError:', e)
