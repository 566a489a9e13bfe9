# in-place operators: __iadd__ mutates, fallback to __add__ rebinds
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        self.items.extend(other)
        return self
    def __add__(self, other):
        return Bag(self.items + list(other))
    def __repr__(self):
        return f'Bag({self.items})'
b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
c = b + [4]
print(c, b, c is b)
class Imm:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Imm(self.v + o)
i = Imm(1)
j = i
i += 10
print(i.v, j.v, i is j)
class Counter:
    def __init__(self):
        self.n = 0
    def __isub__(self, k):
        self.n -= k
        return self
    def __imul__(self, k):
        self.n *= k
        return self
c = Counter()
c -= 3
c *= 4
print(c.n)
class Bad:
    def __iadd__(self, o):
        return None
z = Bad()
z += 1
print(z)
