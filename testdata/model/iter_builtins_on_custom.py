# built-ins consuming user-defined iterables
class Evens:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i for i in range(0, self.n, 2))
e = Evens(10)
print(list(e), tuple(e), set(e) == {0, 2, 4, 6, 8}, sum(e), min(e), max(e), sorted(e, reverse=True))
print(list(zip(e, 'abcde')), list(enumerate(e, 1))[:2], dict(zip('xy', e)), list(map(str, e)), list(filter(lambda x: x % 4 == 0, e)))
print(any(x > 7 for x in e), all(x % 2 == 0 for x in e), ' '.join(map(str, e)), [*e], (*e,))
a, b, *rest = e
print(a, b, rest)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i
c = Countdown(4)
print(list(c), list(reversed(c)), len(c), c[0], 2 in c, sorted(c))
