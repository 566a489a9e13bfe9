# JSON string escaping in both directions
import json
for s in ['plain', 'quote " and backslash \\', 'tab\tnewline\n', 'control \x01\x1f', 'unicode é ☃ 😀', '/slash', '']:
    enc = json.dumps(s)
    print(enc, json.dumps(s, ensure_ascii=False), json.loads(enc) == s)
print(json.loads('"\\u00e9\\t\\/\\b\\f"'), repr(json.loads('"\\r\\n"')))
print(json.dumps({'k': ['a', {'b': None}]}, indent=1))
print(json.dumps([1, [2, [3, []]]], indent=0))
print(json.dumps(True), json.dumps(False), json.dumps([True, None, 0.1, -5]), json.loads('[true, false, null]'))
