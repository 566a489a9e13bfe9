# a mapping-like class with keys/items/__iter__/__len__/get/update
class Registry:
    def __init__(self, **initial):
        self._d = {}
        self.update(**initial)
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __contains__(self, k):
        return k.lower() in self._d
    def __iter__(self):
        return iter(sorted(self._d))
    def __len__(self):
        return len(self._d)
    def keys(self):
        return list(self)
    def items(self):
        return [(k, self._d[k]) for k in self]
    def get(self, k, default=None):
        return self[k] if k in self else default
    def update(self, **kw):
        for k, v in kw.items():
            self[k] = v
    def __repr__(self):
        return f'Registry({self.items()})'
r = Registry(Zeta=1, alpha=2)
r['BETA'] = 3
print(r, len(r), r['ALPHA'], 'Beta' in r, r.get('nope', 0), list(r), r.keys())
del r['zeta']
print(r, dict(r.items()), sorted(r.items(), key=lambda kv: -kv[1]))
try:
    r['missing']
except KeyError as e:
    print('KeyError:', e)
print({**dict(r.items())}, [k.upper() for k in r])
