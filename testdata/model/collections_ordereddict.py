# collections.OrderedDict
from collections import OrderedDict
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od))
od.move_to_end('b'); print(list(od))
od.move_to_end('c', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {'y': 2, 'x': 1})
print(OrderedDict.fromkeys('abc', 0), OrderedDict(), isinstance(o1, dict))
