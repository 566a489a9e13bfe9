# __iter__ implemented as a generator; iterating a container twice
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t), sum(t), max(t), 5 in t, 7 in t)
for d, v in t.depth_first():
    print('  ' * d + str(v))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), [x for x in c], sorted(c), list(zip(c, c)))
