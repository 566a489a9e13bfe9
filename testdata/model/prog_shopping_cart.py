# shopping cart with discounts strategy objects and receipts
class Discount:
    def apply(self, cart, subtotal):
        return 0
class PercentOff(Discount):
    def __init__(self, pct):
        self.pct = pct
    def apply(self, cart, subtotal):
        return round(subtotal * self.pct / 100, 2)
    def __repr__(self):
        return f'{self.pct}% off'
class BuyXGetOne(Discount):
    def __init__(self, sku, x):
        self.sku, self.x = sku, x
    def apply(self, cart, subtotal):
        qty = cart.items.get(self.sku, 0)
        return (qty // (self.x + 1)) * cart.catalog[self.sku][1]
    def __repr__(self):
        return f'buy {self.x} {self.sku} get 1 free'
class Cart:
    def __init__(self, catalog):
        self.catalog = catalog
        self.items = {}
        self.discounts = []
    def add(self, sku, qty=1):
        if sku not in self.catalog:
            raise KeyError(f'unknown sku {sku}')
        self.items[sku] = self.items.get(sku, 0) + qty
        return self
    def remove(self, sku, qty=1):
        left = self.items.get(sku, 0) - qty
        if left < 0:
            raise ValueError(f'cannot remove {qty} {sku}')
        if left:
            self.items[sku] = left
        else:
            del self.items[sku]
    def subtotal(self):
        return round(sum(self.catalog[s][1] * q for s, q in self.items.items()), 2)
    def receipt(self):
        lines = []
        for sku, q in sorted(self.items.items()):
            name, price = self.catalog[sku]
            lines.append(f'{name:<12}{q:>3} x {price:>6.2f} = {q * price:>7.2f}')
        sub = self.subtotal()
        lines.append(f"{'subtotal':<27}{sub:>7.2f}")
        total = sub
        for d in self.discounts:
            off = d.apply(self, sub)
            if off:
                lines.append(f'{str(d):<27}{-off:>7.2f}')
                total -= off
        lines.append(f"{'TOTAL':<27}{round(total, 2):>7.2f}")
        return '\n'.join(lines)
catalog = {'A': ('apple', 0.5), 'B': ('bread', 2.25), 'C': ('cheese', 7.8)}
cart = Cart(catalog).add('A', 7).add('B').add('C', 2)
cart.discounts += [BuyXGetOne('A', 2), PercentOff(10)]
print(cart.receipt())
cart.remove('C')
for bad in [lambda: cart.add('Z'), lambda: cart.remove('B', 5)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(cart.items, cart.subtotal())
