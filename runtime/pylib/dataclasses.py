"""Data classes: minipy's dataclasses (a subset of CPython's).

@dataclass with init/repr/eq/order/unsafe_hash/frozen, field(), fields(),
asdict(), astuple(), replace(), is_dataclass(). CPython generates the
methods as source and execs it; minipy has no exec, so here they are
closures over the list of fields, which comes from the class's own
__annotations__. Behaviour and messages follow CPython 3.11.
"""

import _argbind

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'MISSING',
           'fields', 'asdict', 'astuple', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class Field:
    """A field of a dataclass, as returned by fields()."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)' % (
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                    self._field_type))


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)' % (
            self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _own(cls, name, default=None):
    """The attribute name from cls's own namespace (not inherited)."""
    return cls.__dict__.get(name, default)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('ClassVar') or annotation.startswith('typing.ClassVar')
    return repr(annotation).startswith('typing.ClassVar')


def _get_field(cls, name, annotation):
    default = _own(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = '_FIELD'
    if _is_classvar(annotation):
        f._field_type = '_FIELD_CLASSVAR'
        return f
    if f.default is not MISSING and isinstance(f.default, (list, dict, set)):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    """Set name on cls unless the class body defined it; report whether it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


_repr_running = set()


def _make_repr(flds):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [f.name + '=' + repr(getattr(self, f.name)) for f in flds]
        finally:
            _repr_running.discard(key)
        return type(self).__qualname__ + '(' + ', '.join(parts) + ')'
    return __repr__


def _make_init(cls, flds, frozen, has_post_init):
    init_fields = [f for f in flds if f.init]
    params = [f.name for f in init_fields]
    defaults = {}
    for f in init_fields:
        if f.default_factory is not MISSING:
            defaults[f.name] = _HAS_DEFAULT_FACTORY
        elif f.default is not MISSING:
            defaults[f.name] = f.default
    # Fields that are not __init__ parameters but still get a per-instance
    # value from their default_factory.
    factory_only = [f for f in flds if not f.init and f.default_factory is not MISSING]
    qualname = cls.__qualname__ + '.__init__'
    n = len(params)
    if frozen:
        assign = object.__setattr__
    else:
        assign = setattr

    def __init__(self, *args, **kwargs):
        if not kwargs and len(args) == n:
            values = args
        else:
            values = _argbind.bind(qualname, params, defaults, args, kwargs)
        for i in range(n):
            value = values[i]
            if value is _HAS_DEFAULT_FACTORY:
                value = init_fields[i].default_factory()
            assign(self, params[i], value)
        for f in factory_only:
            assign(self, f.name, f.default_factory())
        if has_post_init:
            self.__post_init__()
    return __init__


def _make_compare(cls, flds, op):
    names = [f.name for f in flds if f.compare]

    def key(obj):
        return tuple([getattr(obj, name) for name in names])

    if op == '__eq__':
        def method(self, other):
            if type(other) is type(self):
                return key(self) == key(other)
            return NotImplemented
    elif op == '__lt__':
        def method(self, other):
            if type(other) is type(self):
                return key(self) < key(other)
            return NotImplemented
    elif op == '__le__':
        def method(self, other):
            if type(other) is type(self):
                return key(self) <= key(other)
            return NotImplemented
    elif op == '__gt__':
        def method(self, other):
            if type(other) is type(self):
                return key(self) > key(other)
            return NotImplemented
    else:
        def method(self, other):
            if type(other) is type(self):
                return key(self) >= key(other)
            return NotImplemented
    return method


def _make_hash(flds):
    names = [f.name for f in flds if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple([getattr(self, name) for name in names]))
    return __hash__


def _make_frozen(cls, flds):
    names = [f.name for f in flds]

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        object.__delattr__(self, name)
    return __setattr__, __delattr__


def _type_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _signature_doc(cls, flds):
    parts = []
    for f in flds:
        if not f.init:
            continue
        text = f.name + ': ' + _type_text(f.type)
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = ' + repr(f.default)
        parts.append(text)
    return cls.__name__ + '(' + ', '.join(parts) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen):
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = _own(base, '__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if _own(base, '__dataclass_params__').frozen:
                any_frozen_base = True

    annotations = _own(cls, '__annotations__', {})
    cls_fields = [_get_field(cls, name, annotation) for name, annotation in annotations.items()]
    for f in cls_fields:
        all_fields[f.name] = f
        # The class attribute is the default value, or nothing.
        if isinstance(_own(cls, f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = _own(cls, '__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    flds = [f for f in all_fields.values() if f._field_type == '_FIELD']
    if init:
        seen_default = False
        for f in flds:
            if f.init:
                if not (f.default is MISSING and f.default_factory is MISSING):
                    seen_default = True
                elif seen_default:
                    raise TypeError('non-default argument %r follows default argument' % (f.name,))
        _set_new_attribute(cls, '__init__', _make_init(cls, flds, frozen, hasattr(cls, '__post_init__')))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr([f for f in flds if f.repr]))
    if eq:
        _set_new_attribute(cls, '__eq__', _make_compare(cls, flds, '__eq__'))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for op in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, op, _make_compare(cls, flds, op)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (op, cls.__name__))
    if frozen:
        setter, deleter = _make_frozen(cls, flds)
        if _set_new_attribute(cls, '__setattr__', setter) or _set_new_attribute(cls, '__delattr__', deleter):
            name = '__setattr__' if '__setattr__' in cls.__dict__ else '__delattr__'
            raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))

    # CPython's _hash_action table, keyed on (unsafe_hash, eq, frozen, has_explicit_hash).
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = _make_hash(flds)
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _make_hash(flds)
        else:
            cls.__hash__ = None

    if _own(cls, '__doc__') is None:
        cls.__doc__ = _signature_doc(cls, flds)
    _set_new_attribute(cls, '__match_args__', tuple([f.name for f in flds if f.init]))
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        flds = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in flds.values() if f._field_type == '_FIELD'])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping field names to field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                          for k, v in obj.items()])
    return obj


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                          for k, v in obj.items()])
    return obj


def replace(obj, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, '__dataclass_fields__').values():
        if f._field_type == '_FIELD_CLASSVAR':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
