# json.dumps variants
import json
data = {'name': 'Ann', 'age': 31, 'tags': ['a', 'b'], 'active': True, 'spouse': None, 'score': 9.5,
        'nested': {'z': 1, 'a': [1, 2, {'k': 'v'}]}, 'unicode': 'café ☕', 'quote': 'say "hi"\n'}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data['nested'], indent=4, sort_keys=True))
print(json.dumps(data['unicode'], ensure_ascii=False), json.dumps(data['unicode']))
print(json.dumps([1, 2.0, 1e20, -0.0, 1.5e-7, 10**20]), json.dumps((1, 2)), json.dumps('s'), json.dumps(None))
print(json.dumps({1: 'int key', 2.5: 'float key', True: 'bool', None: 'none'}))
print(json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps({}, indent=2))
print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')), json.dumps([1, 2], separators=(', ', ': ')))
print(json.dumps(float('inf')), json.dumps(float('nan')))
try:
    json.dumps({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError:', e)
