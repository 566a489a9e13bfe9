# a SortedList class built on bisect
import bisect
class SortedList:
    def __init__(self, items=()):
        self._a = sorted(items)
    def add(self, x):
        bisect.insort(self._a, x)
    def remove(self, x):
        i = bisect.bisect_left(self._a, x)
        if i == len(self._a) or self._a[i] != x:
            raise ValueError(f'{x} not in list')
        del self._a[i]
    def count_range(self, lo, hi):
        return bisect.bisect_right(self._a, hi) - bisect.bisect_left(self._a, lo)
    def __contains__(self, x):
        i = bisect.bisect_left(self._a, x)
        return i < len(self._a) and self._a[i] == x
    def __iter__(self):
        return iter(self._a)
    def __len__(self):
        return len(self._a)
    def __repr__(self):
        return f'SortedList({self._a})'
s = SortedList([5, 1, 9, 3])
s.add(4); s.add(4); s.add(0)
print(s, len(s), 4 in s, 6 in s, s.count_range(2, 5), s.count_range(10, 20))
s.remove(4)
print(s, list(s)[::2])
try:
    s.remove(42)
except ValueError as e:
    print('ValueError:', e)
