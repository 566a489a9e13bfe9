# JSON round trip of a nested structure
import json
orders = [
    {'id': 1, 'customer': {'name': 'Ann', 'email': 'ann@example.com'}, 'items': [{'sku': 'A1', 'qty': 2, 'price': 9.99}]},
    {'id': 2, 'customer': {'name': 'Bob', 'email': None}, 'items': [{'sku': 'B2', 'qty': 1, 'price': 100.0}, {'sku': 'C3', 'qty': 5, 'price': 0.5}]},
]
s = json.dumps(orders, indent=2, sort_keys=True)
print(s)
back = json.loads(s)
print(back == orders, type(back).__name__, len(back))
for o in back:
    total = sum(i['qty'] * i['price'] for i in o['items'])
    print(o['id'], o['customer']['name'], f'{total:.2f}')
compact = json.dumps(orders, separators=(',', ':'))
print(len(compact), json.loads(compact) == orders)
t = json.loads(json.dumps({'tuple': (1, 2), 'int_key': {1: 'x'}}))
print(t)
