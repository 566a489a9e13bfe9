# Generators and built-in iterators expose __iter__ and __next__.
def gen(n):
    for i in range(n):
        yield i * i
g = gen(3)
print(g.__next__(), g.__iter__() is g, next(g), g.__next__())
try:
    g.__next__()
except StopIteration:
    print("stop")
s = iter("hé!")
print(s.__next__(), s.__iter__() is s, list(s))
class Wrapper:
    def __init__(self, it):
        self.it = iter(it)
    def __iter__(self):
        return self
    def __next__(self):
        return self.it.__next__() * 2
print(list(Wrapper(gen(4))), list(Wrapper([1, 2])), list(Wrapper("ab")))
def ret():
    yield 1
    return "value"
r = ret()
r.__next__()
try:
    r.__next__()
except StopIteration as e:
    print("returned", e.value)
