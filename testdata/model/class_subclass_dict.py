# subclassing dict
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
ld = LowerDict()
ld['Hello'] = 1
ld['WORLD'] = 2
print(ld, ld['hello'], ld['HELLO'], list(ld.keys()))
print(type(ld).__name__, dict(ld), {**ld})
class Inventory(dict):
    def add(self, item, n=1):
        self[item] = self.get(item, 0) + n
        return self
    def total(self):
        return sum(self.values())
inv = Inventory(apple=2)
inv.add('pear').add('apple', 3)
print(inv, inv.total(), len(inv), isinstance(inv, dict), inv == {'apple': 5, 'pear': 1})
print(sorted(inv.items()), inv.copy(), type(inv.copy()).__name__)
