# functools.total_ordering
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
a, b, c = Version('1.2.10'), Version('1.10'), Version('1.2.9')
print(a < b, a > c, a <= a, a >= b, c >= c, a != b, a == Version('1.2.10'))
print(sorted([a, b, c]), max(a, b, c), min([a, b, c]))
