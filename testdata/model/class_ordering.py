# rich comparisons and sorting user objects
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        return self.n > o.n
    def __ge__(self, o):
        return self.n >= o.n
    def __eq__(self, o):
        return self.n == o.n
    def __repr__(self):
        return f'V{self.n}'
vs = [V(3), V(1), V(2)]
print(sorted(vs), max(vs), min(vs), sorted(vs, reverse=True))
print(V(1) < V(2), V(2) <= V(2), V(3) > V(1), V(1) >= V(2), V(1) == V(1), V(1) != V(2))
print(V(1) < V(2) < V(3), V(1) < V(3) < V(2))
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return f'L{self.n}'
print(sorted([OnlyLt(2), OnlyLt(0), OnlyLt(1)]), OnlyLt(5) > OnlyLt(3))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print('TypeError:', e)
class Cmp:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if isinstance(other, int):
            return self.n < other
        return NotImplemented
    def __gt__(self, other):
        if isinstance(other, int):
            return self.n > other
        return NotImplemented
print(Cmp(1) < 5, 5 > Cmp(1), 0 < Cmp(1), Cmp(9) > 3)
try:
    Cmp(1) < 'x'
except TypeError as e:
    print('TypeError:', e)
