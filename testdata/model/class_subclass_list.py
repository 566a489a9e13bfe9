# subclassing list
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None
    def __repr__(self):
        return 'Stack(' + super().__repr__() + ')'
s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s == [1, 2], sorted(Stack([3, 1, 2])))
class TypedList(list):
    def append(self, x):
        if not isinstance(x, int):
            raise TypeError(f'ints only, not {type(x).__name__}')
        super().append(x)
t = TypedList([1, 2])
t.append(3)
try:
    t.append('4')
except TypeError as e:
    print('TypeError:', e)
print(t, list(t), t[1:], [x * 2 for x in t])
class Chain(list):
    def map(self, f):
        return Chain(f(x) for x in self)
    def filter(self, p):
        return Chain(x for x in self if p(x))
print(Chain(range(10)).map(lambda x: x * x).filter(lambda x: x % 2))
