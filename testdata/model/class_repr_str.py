# __repr__ and __str__
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'P({self.x!r}, {self.y!r})'
class Q(P):
    def __str__(self):
        return f'<{self.x}, {self.y}>'
class N:
    pass
p, q = P(1, 'a'), Q(2, 'b')
print(p, str(p), repr(p), [p], (p,), {'k': p})
print(q, str(q), repr(q), [q], f'{q}', f'{q!r}', '{}'.format(q), '{!r}'.format(q))
print(repr(N()).startswith('<__main__.N object at 0x'), str(N())[:13])
print(str([q, q]), str((p, q)))
class OnlyStr:
    def __str__(self):
        return 'only str'
o = OnlyStr()
print(o, [o][0].__str__(), repr(o).startswith('<__main__.OnlyStr object'))
class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return 'Nested(' + repr(self.items) + ')'
print(Nested([Nested([]), P(0, 0)]))
