import json

data = {'name': 'Ann', 'age': 31, 'scores': [1.5, 2, -0.0, 1e16, 1e-7, 10**20], 'ok': True,
        'none': None, 'nested': {'b': [], 'a': {}}, 'tuple': (1, 2), 'text': 'é\n"q"\\ \x00 \u2028 😀'}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.dumps([1, [2, [3, {}]]], indent='--'))
print(json.dumps({'a': 1}, indent=0))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'str': 's'}))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')), json.dumps('x'), json.dumps(None))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True), json.dumps({(1, 2): 3}, skipkeys=True))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(json.dumps([Point(1, 2)], default=lambda o: {'x': o.x, 'y': o.y}))
print(json.dumps({'p': Point(3, 4)}, default=vars, indent=1))

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps({'s': {3, 1, 2}}, cls=MyEncoder))

text = '{"a": [1, 2.5, "x", null, true, false, {"b": -3e2}], "c": "\\u00e9\\n\\ud83d\\ude00", "d": {}}'
obj = json.loads(text)
print(obj, type(obj['a'][1]).__name__, type(obj['a'][6]['b']).__name__)
print(json.loads('  [ ]  '), json.loads('"\\/\\b\\f\\r\\t"'), json.loads('-0'), json.loads('0.5e+3'), json.loads('12345678901234567890123'))
print(json.loads('[NaN, Infinity, -Infinity]')[1:], json.loads(b'{"bytes": 1}'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"z": 1, "y": 2}', object_pairs_hook=list))
dec = json.JSONDecoder()
print(dec.decode('[1]'), dec.raw_decode('{"k": 2} trailing'))

roundtrip = {'list': [1, 2, {'x': None}], 'unicode': 'ünï', 'big': 2**70, 'f': 0.1}
print(json.loads(json.dumps(roundtrip)) == roundtrip)

for bad in ['', ' ', '[', '[1', '[1,', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,}', '{1:2}',
            '{"a" 1}', '-', 'nul', '01', '1 2', '[1 2]', '"abc', '"a\\qb"', '"\\u12zz"', '"a\nb"',
            '{"a": [1, 2, }', '\n\n  [1,\n   2,,]', '\ufeff[]', 'tru', '"\\ud800\\u12"']:
    try:
        json.loads(bad)
        print(repr(bad), 'parsed')
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

circular = []
circular.append(circular)
err(lambda: json.dumps(circular))
d = {}
d['self'] = d
err(lambda: json.dumps(d))
err(lambda: json.dumps({1, 2}))
err(lambda: json.dumps({(1, 2): 3}))
err(lambda: json.dumps(float('nan'), allow_nan=False))
err(lambda: json.dumps([float('inf')], allow_nan=False, indent=2))
err(lambda: json.dumps({'b': 1, 2: 3}, sort_keys=True))
err(lambda: json.loads(5))
err(lambda: json.loads('{"a": 1} x'))
e = None
try:
    json.loads('[1, 2, oops]')
except ValueError as exc:
    e = exc
print(type(e).__name__, e.args)
