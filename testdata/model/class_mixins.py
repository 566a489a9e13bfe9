# mixin classes combined by multiple inheritance
import json
class ReprMixin:
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in sorted(vars(self).items()))
        return f'{type(self).__name__}({fields})'
class JsonMixin:
    def to_json(self):
        return json.dumps(vars(self), sort_keys=True)
    @classmethod
    def from_json(cls, s):
        return cls(**json.loads(s))
class CompareMixin:
    def _key(self):
        return tuple(sorted(vars(self).items()))
    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()
    def __hash__(self):
        return hash(self._key())
class User(ReprMixin, JsonMixin, CompareMixin):
    def __init__(self, name, roles):
        self.name, self.roles = name, tuple(roles)
u = User('ann', ['admin', 'dev'])
print(u, u.to_json())
v = User.from_json(u.to_json())
print(v, v == u, v.roles, v is u)
v.roles = list(v.roles)
print(v, v == u)
v.roles = tuple(v.roles)
print(v == u, len({u, v}), [c.__name__ for c in User.__mro__])
