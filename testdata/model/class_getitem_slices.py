# __getitem__ receives ints and slice objects; old-style iteration via __getitem__
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            print('slice', i.start, i.stop, i.step, repr(i))
            return Seq(self.data[i])
        return self.data[i]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f'Seq({self.data})'
s = Seq('abcdef')
print(s[0], s[-1], s[1:3], s[::2], s[:], s[4:1:-1])
print(list(s), 'c' in s, 'z' in s, [c.upper() for c in s])
a, b, *rest = s
print(a, b, rest)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), sum(Squares()))
for v in Squares():
    print(v, end=' ')
print()
