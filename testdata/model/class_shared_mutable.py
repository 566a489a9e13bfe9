# class-level mutable attribute is shared between instances
class Bad:
    items = []
    def add(self, x):
        self.items.append(x)
class Good:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
a, b = Bad(), Bad()
a.add(1); b.add(2)
print(a.items, b.items, Bad.items, a.items is b.items)
c, d = Good(), Good()
c.add(1); d.add(2)
print(c.items, d.items)
class Counter:
    total = 0
    def inc(self):
        self.total += 1
x = Counter()
x.inc(); x.inc()
print(x.total, Counter.total)
