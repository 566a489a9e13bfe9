# inventory system with dataclasses
from dataclasses import dataclass, field
@dataclass
class Product:
    sku: str
    name: str
    price: float
    stock: int = 0
    tags: list = field(default_factory=list)
    @property
    def value(self):
        return round(self.price * self.stock, 2)
@dataclass(order=True)
class Restock:
    when: int
    sku: str = field(compare=False)
    qty: int = field(compare=False, default=0)
class OutOfStock(Exception):
    pass
class Inventory:
    def __init__(self):
        self.products = {}
    def add(self, p):
        self.products[p.sku] = p
    def sell(self, sku, qty):
        p = self.products[sku]
        if p.stock < qty:
            raise OutOfStock(f'{p.name}: wanted {qty}, have {p.stock}')
        p.stock -= qty
        return round(p.price * qty, 2)
    def apply(self, restocks):
        for r in sorted(restocks):
            self.products[r.sku].stock += r.qty
            print('restocked', r)
    def report(self):
        for p in sorted(self.products.values(), key=lambda p: -p.value):
            print(f'{p.sku:<6}{p.name:<12}{p.stock:>5}{p.value:>10.2f}  {",".join(p.tags)}')
        print(f"{'total':<23}{sum(p.value for p in self.products.values()):>10.2f}")
inv = Inventory()
inv.add(Product('A1', 'widget', 2.5, 100, ['small']))
inv.add(Product('B2', 'gadget', 19.99, 5))
inv.add(Product('C3', 'doohickey', 7.25, 12, ['new', 'promo']))
print(inv.products['A1'])
revenue = 0
for sku, qty in [('A1', 30), ('B2', 6), ('C3', 12), ('B2', 5), ('ZZ', 1)]:
    try:
        revenue += inv.sell(sku, qty)
    except OutOfStock as e:
        print('out of stock:', e)
    except KeyError as e:
        print('unknown sku', e)
print('revenue', round(revenue, 2))
inv.apply([Restock(5, 'B2', 10), Restock(1, 'C3', 3), Restock(3, 'A1', 1)])
inv.report()
print(Product('X', 'x', 1.0) == Product('X', 'x', 1.0), Restock(1, 'a') < Restock(2, 'b'))
