# deep-merging JSON configuration layers and reporting differences
import json
defaults = json.loads('{"server": {"host": "0.0.0.0", "port": 8000, "tls": {"enabled": false}}, "log": {"level": "info"}, "features": ["a"]}')
site = json.loads('{"server": {"port": 443, "tls": {"enabled": true, "cert": "/etc/cert.pem"}}, "features": ["b", "c"]}')
local = json.loads('{"log": {"level": "debug", "file": null}, "server": {"host": "127.0.0.1"}}')
def merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out
def diff(a, b, path=''):
    for k in sorted(set(a) | set(b)):
        p = f'{path}.{k}' if path else k
        if k not in a:
            yield f'+ {p} = {json.dumps(b[k])}'
        elif k not in b:
            yield f'- {p}'
        elif isinstance(a[k], dict) and isinstance(b[k], dict):
            yield from diff(a[k], b[k], p)
        elif a[k] != b[k]:
            yield f'~ {p}: {json.dumps(a[k])} -> {json.dumps(b[k])}'
final = defaults
for layer in [site, local]:
    final = merge(final, layer)
print(json.dumps(final, indent=2, sort_keys=True))
for line in diff(defaults, final):
    print(line)
print(defaults['server']['port'], json.loads(json.dumps(final)) == final)
