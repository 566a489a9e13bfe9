# json.loads and JSONDecodeError
import json
text = '{"name": "Bob", "langs": ["go", "py"], "n": 3, "f": 2.50, "e": 1e3, "t": true, "nil": null, "esc": "a\\nb\\u00e9\\"", "neg": -0}'
obj = json.loads(text)
print(obj)
print(type(obj['n']).__name__, type(obj['f']).__name__, type(obj['e']).__name__, obj['esc'], obj['neg'])
print(json.loads('[1, [2, [3]]]'), json.loads('"str"'), json.loads(' 42 '), json.loads('null'), json.loads('{}'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('123456789012345678901234567890'), json.loads('"\\ud83d\\ude00"'))
for bad in ['{"a": 1,}', '[1, 2', "{'a': 1}", '', 'tru', '{"a" 1}', '[1] x', 'NaN1']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError), json.loads('NaN'), json.loads('-Infinity'))
