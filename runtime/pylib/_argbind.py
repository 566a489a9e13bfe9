"""Binding of call arguments to a parameter list known only at run time.

minipy has no exec, so namedtuple's __new__ and dataclass's __init__ cannot
be generated as source with the right signature. They take *args, **kwargs
and bind them here, raising the TypeError CPython's call machinery raises
for a real function with that signature.
"""

_MISSING = object()


def _name_list(names):
    quoted = ["'" + n + "'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def bind(qualname, params, defaults, args, kwargs):
    """Return the list of values for params (positional-or-keyword names).

    defaults maps a parameter name to its default; the caller's self/cls is
    not in params but is counted in messages, as CPython counts it.
    """
    n = len(params)
    values = [_MISSING] * n
    for i in range(min(len(args), n)):
        values[i] = args[i]
    for key in kwargs:
        if key in params:
            i = params.index(key)
            if values[i] is not _MISSING:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, key))
            values[i] = kwargs[key]
        else:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, key))
    if len(args) > n:
        most = n + 1
        least = most - len(defaults)
        given = len(args) + 1
        if least == most:
            takes = "%d positional argument%s" % (most, "" if most == 1 else "s")
        else:
            takes = "from %d to %d positional arguments" % (least, most)
        raise TypeError("%s() takes %s but %d %s given" % (qualname, takes, given, "was" if given == 1 else "were"))
    missing = []
    for i in range(n):
        if values[i] is _MISSING:
            if params[i] in defaults:
                values[i] = defaults[params[i]]
            else:
                missing.append(params[i])
    if missing:
        raise TypeError("%s() missing %d required positional argument%s: %s" % (
            qualname, len(missing), "" if len(missing) == 1 else "s", _name_list(missing)))
    return values
